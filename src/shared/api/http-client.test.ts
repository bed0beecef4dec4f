import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { i18n } from '../i18n/i18n'
import { resetLanguage } from '../../test/language'
import { z } from './zod'
import { apiRequest, apiText, callEndpoint, holdRequestsUntil } from './http-client'
import { requestEndpoints } from './endpoints/requests'
import { sessionEndpoints } from './endpoints/session'
import { sessionStore } from './session-store'

describe('holdRequestsUntil', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()))

  it('keeps requests waiting until the backend is ready, then sends them', async () => {
    let ready!: () => void
    holdRequestsUntil(new Promise<void>((resolve) => (ready = resolve)))
    let settled = false
    const pending = apiRequest(z.unknown(), '/session', {
      method: 'POST',
      body: { username: 'agent01', password: 'Demo@2026' },
    }).finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(settled).toBe(false)
    ready()
    await expect(pending).resolves.toMatchObject({ staff: { username: 'agent01' } })
  })

  it('reports a backend that failed to start as a network error on each request', async () => {
    holdRequestsUntil(Promise.reject(new Error('the mock database could not be opened')))
    await expect(apiRequest(z.unknown(), '/session')).rejects.toThrow(
      'the mock database could not be opened',
    )
  })
})

describe('callEndpoint', () => {
  afterEach(() => sessionStore.clear())

  async function signInAs(username: string) {
    const session = await callEndpoint(sessionEndpoints.signIn, {
      body: { username, password: 'Demo@2026' },
    })
    sessionStore.setToken(session.token)
  }

  it('fills the path and parses the answer with the endpoint’s response schema', async () => {
    await signInAs('lead01')
    const request = await callEndpoint(requestEndpoints.detail, { params: { id: 'R000001' } })
    expect(request.id).toBe('R000001')
    expect(typeof request.version).toBe('number')
  })

  it('sends the version as If-Match: a stale one is refused with 412', async () => {
    await signInAs('lead01')
    const request = await callEndpoint(requestEndpoints.detail, { params: { id: 'R000001' } })
    await expect(
      callEndpoint(requestEndpoints.notes, {
        params: { id: 'R000001' },
        body: { text: 'checked the file' },
        version: request.version + 1,
        idempotencyKey: 'test-key-stale-0001',
      }),
    ).rejects.toMatchObject({ status: 412 })
  })

  it('will not send a state change without an idempotency key', async () => {
    const options = { params: { id: 'R000001' }, body: { text: 'x' }, version: 1 }
    await expect(
      callEndpoint(requestEndpoints.notes, options as Parameters<typeof callEndpoint>[1]),
    ).rejects.toThrow('POST /requests/:id/notes needs an idempotency key')
  })
})

describe('Accept-Language', () => {
  afterEach(resetLanguage)

  const languageSent = async () => {
    let sent: string | null = null
    server.use(
      http.get('*/api/probe', ({ request }) => {
        sent = request.headers.get('Accept-Language')
        return HttpResponse.json({})
      }),
    )
    await apiRequest(z.unknown(), '/probe')
    return sent
  }

  it('tells the server the console’s language: Chinese by default, English once switched', async () => {
    expect(await languageSent()).toBe('zh-CN')
    i18n.changeLanguage('en-US')
    expect(await languageSent()).toBe('en-US')
  })
})

describe('apiText', () => {
  it('keeps the byte-order mark a CSV is sent with, so the saved file still opens as UTF-8', async () => {
    server.use(
      http.get(
        '*/api/probe.csv',
        () =>
          new HttpResponse('\uFEFF序号,动作\r\n1,登录\r\n', {
            headers: { 'Content-Type': 'text/csv; charset=utf-8' },
          }),
      ),
    )
    expect(await apiText('/probe.csv')).toBe('\uFEFF序号,动作\r\n1,登录\r\n')
  })
})
