import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { call } from '../../../../mocks/test-client'
import type { RequestListItem } from '../../../shared/api/schemas'
import { i18n } from '../../../shared/i18n/i18n'
import { renderWithProviders } from '../../../test/render'
import { CopyDownloadPage } from './copy-download-page'

beforeAll(() => resetMockBackend())

/** Staff issue a link; the user's phone (the mock SMS gateway) receives its token and code. */
async function issuedLink(): Promise<{ token: string; code: string }> {
  const [request] = (
    await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?type=copy&status=in_review&pageSize=1',
    )
  ).body.items
  const issued = await call(
    'agent01',
    'POST',
    `/requests/${request!.id}/copy-link`,
    { categories: ['contact'] },
    request!.version,
  )
  expect(issued.status).toBe(200)
  const sms = (await getBackend()).db.smsOutbox
    .all()
    .filter((m) => m.userId === request!.userId)
    .at(-1)
  const match = sms?.text.match(/\/copy\/([\w-]+).*验证码 (\d{6})/)
  return { token: match![1]!, code: match![2]! }
}

async function enterCode(token: string, code: string) {
  const user = userEvent.setup()
  renderWithProviders(<CopyDownloadPage token={token} />)
  await user.type(await screen.findByLabelText('短信验证码'), code)
  await user.click(screen.getByRole('button', { name: '验证并获取副本' }))
}

describe('CopyDownloadPage', () => {
  it('gives the copy once; the same code again says it was used and to contact support', async () => {
    const { token, code } = await issuedLink()
    await enterCode(token, code)
    expect(await screen.findByText('副本已准备好')).toBeInTheDocument()
    cleanup()

    // The page opened again (a reload, or someone else holding the SMS) with the same code.
    await enterCode(token, code)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '此验证码已用于下载，每个验证码只能使用一次。如需再次获取副本，请联系客服重新申请。',
    )
    expect(screen.queryByLabelText('短信验证码')).toBeNull()
    expect(i18n.getFixedT('en-US', 'copy')('download.used')).toMatch(
      /already been used.*contact customer service/,
    )
  })
})
