import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../api/api-error'
import { apiRequest } from '../api/http-client'
import { z } from '../api/zod'
import { server } from '../../../mocks/node'
import { i18n } from '../i18n/i18n'
import { ErrorAlert } from './error-alert'
import { errorTitle } from './error-text'

// The oracle is the backend's source, not the message table: every code a handler can throw.
const backendSources = import.meta.glob<string>(['../../../mocks/**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

function codesThrownByTheBackend(): string[] {
  const codes = new Set<string>()
  for (const text of Object.values(backendSources)) {
    for (const m of text.matchAll(/HttpError\(\s*\d{3},\s*'([A-Z_]+)'/g)) codes.add(m[1]!)
    for (const m of text.matchAll(/errorResponse\(\s*\d{3},\s*'([A-Z_]+)'/g)) codes.add(m[1]!)
    for (const m of text.matchAll(/code:\s*'([A-Z][A-Z_]+)'/g)) codes.add(m[1]!)
  }
  // Thrown through a variable: the fee states that block an action (requests.ts BLOCKED_MESSAGES).
  for (const code of ['FEE_PENDING', 'NO_PENDING_FEE', 'FEE_ALREADY_QUOTED']) codes.add(code)
  return [...codes].sort()
}

// And the contract itself (a copy kept beside the contract suite): every code it names.
const contract = import.meta.glob<string>('../../../contract/CONTRACT.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function codesNamedByTheContract(): string[] {
  const codes = new Set<string>()
  for (const text of Object.values(contract)) {
    for (const m of text.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)) codes.add(m[1]!)
    for (const m of text.matchAll(/code: "([A-Z][A-Z0-9_]+)"/g)) codes.add(m[1]!)
  }
  return [...codes].sort()
}

const api = (status: number, code: string, message = 'Server words in English') =>
  new ApiError(status, { code, message, correlationId: 'c-1' })

describe('the console’s words for every error code', () => {
  const zh = i18n.getFixedT('zh-CN', 'common')
  const en = i18n.getFixedT('en-US', 'common')
  const codes = codesThrownByTheBackend()

  it('finds the codes the handlers throw', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['NOT_ASSIGNEE', 'REVEAL_LIMIT', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE']),
    )
    expect(codes.length).toBeGreaterThan(40)
  })

  it('finds the codes the contract names', () => {
    expect(codesNamedByTheContract()).toEqual(
      expect.arrayContaining(['MAKER_CHECKER', 'INVALID_TRANSITION', 'DATA_DELETED']),
    )
  })

  it('has a Chinese and an English text of its own for each code the contract names', () => {
    const zhTitles = codesNamedByTheContract().map((code) => errorTitle(api(409, code), zh))
    const enTitles = codesNamedByTheContract().map((code) => errorTitle(api(409, code), en))
    expect(zhTitles.filter((title) => !/[\u4e00-\u9fff]/.test(title))).toEqual([])
    expect(enTitles.filter((title) => /[\u4e00-\u9fff]/.test(title))).toEqual([])
    const byStatus = [zh('errors:status.409'), en('errors:status.409')]
    expect([...zhTitles, ...enTitles].filter((title) => byStatus.includes(title))).toEqual([])
  })

  it('has a Chinese and an English text of its own for each code', () => {
    const generic = [zh('errors:status.other'), en('errors:status.other')]
    const missing = codes.filter((code) => {
      const inChinese = errorTitle(api(409, code), zh)
      const inEnglish = errorTitle(api(409, code), en)
      return (
        !/[\u4e00-\u9fff]/.test(inChinese) ||
        /[\u4e00-\u9fff]/.test(inEnglish) ||
        inChinese === zh('errors:status.409') ||
        inEnglish === en('errors:status.409') ||
        generic.includes(inChinese)
      )
    })
    expect(missing).toEqual([])
  })

  it('names an unknown code by its status, and a network failure as such', () => {
    expect(errorTitle(api(403, 'SOMETHING_NEW'), zh)).toBe('您无权进行此操作。')
    expect(errorTitle(api(418, 'SOMETHING_NEW'), zh)).toBe('操作失败，请稍后重试。')
    expect(errorTitle(new NetworkError('Failed to fetch'), en)).not.toContain('Failed to fetch')
  })

  it("words a fault of the console's own code, whose message is only a detail", () => {
    const fault = new TypeError("Cannot read properties of undefined (reading 'id')")
    expect(errorTitle(fault, zh)).toBe(
      '页面出了意外错误，请重试；如仍出错，请联系技术支持，并附上技术说明（如有）。',
    )
    render(<ErrorAlert error={fault} />)
    expect(screen.getByRole('alert')).not.toHaveTextContent(/^Cannot/)
    expect(screen.getByTestId('error-detail')).toHaveTextContent(
      "技术说明: Cannot read properties of undefined (reading 'id')",
    )
  })

  it('shows an answer without the error body (a proxy’s 502 page) without a made-up correlation id', async () => {
    server.use(
      http.get('*/api/session', () =>
        HttpResponse.text('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    )
    const failure = await apiRequest(z.unknown(), '/session').catch((e: unknown) => e)
    render(<ErrorAlert error={failure} />)
    expect(screen.getByRole('alert')).toHaveTextContent('操作失败，请稍后重试。')
    expect(screen.getByTestId('error-detail')).toHaveTextContent('服务器说明: Bad Gateway')
    expect(screen.queryByTestId('correlation-id')).toBeNull()
    expect(screen.getByRole('alert')).not.toHaveTextContent('unknown')
  })

  it('shows its own text first and the server’s message as a detail', () => {
    render(<ErrorAlert error={api(403, 'NOT_ASSIGNEE', 'Assigned to S002')} />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      '此请求已分配给其他同事：只有处理人或主管可以操作。',
    )
    expect(screen.getByTestId('error-detail')).toHaveTextContent('Assigned to S002')
    expect(screen.getByTestId('correlation-id')).toHaveTextContent('c-1')
  })
})
