import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { activate, call } from '../test-client'

type Sent = { items: { at: string; text: string }[] }

beforeAll(() => resetMockBackend())

describe('the mock-only outboxes', () => {
  it('answer the copy SMS a user was sent, without a session, and its code opens the copy', async () => {
    const list = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?type=copy&status=in_review&assignee=me&pageSize=1',
    )
    const request = list.body.items[0]!
    const before = await call<Sent>(null, 'GET', `/__mock/sms-outbox?userId=${request.userId}`)
    expect(before.status).toBe(200)
    const issued = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/copy-link`,
      { categories: ['contact'] },
      request.version,
    )
    expect(issued.status).toBe(200)
    const after = await call<Sent>(null, 'GET', `/__mock/sms-outbox?userId=${request.userId}`)
    expect(after.body.items).toHaveLength(before.body.items.length + 1)
    const match = after.body.items.at(-1)!.text.match(/\/copy\/([\w-]+).*验证码 (\d{6})/)
    expect(match).not.toBeNull()
    const [, token, code] = match!
    expect((await call(null, 'POST', `/copy-downloads/${token}`, { code })).status).toBe(200)
  })

  it("answer a new member's activation code to nobody but that member's name", async () => {
    const created = await call('admin01', 'POST', '/staff', {
      username: 'agent07',
      displayName: '客服小孙',
      role: 'agent',
      contact: '13900007777',
    })
    expect(created.status).toBe(201)
    const sent = await call<Sent>(null, 'GET', '/__mock/staff-outbox?username=agent07')
    expect(sent.status).toBe(200)
    const code = sent.body.items.at(-1)?.text.match(/激活码 ([A-Z2-9]{8})/)?.[1]
    expect((await activate('agent07', code!, 'Welcome#2027x')).status).toBe(200)
    // Nothing was sent to a seeded member, nor to a name nobody has.
    for (const username of ['agent01', 'nobody'])
      expect(
        (await call<Sent>(null, 'GET', `/__mock/staff-outbox?username=${username}`)).body,
      ).toEqual({ items: [] })
  })

  it('refuse a malformed query with 400', async () => {
    expect((await call(null, 'GET', '/__mock/sms-outbox?userId=1%27%20or%201')).status).toBe(400)
    expect((await call(null, 'GET', '/__mock/staff-outbox')).status).toBe(400)
  })
})
