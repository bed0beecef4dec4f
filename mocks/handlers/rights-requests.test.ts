import { beforeAll, describe, expect, it } from 'vitest'
import { PERSONAL_DATA_CATEGORIES } from '../../src/shared/api/personal-data'
import type { ConsentOverview } from '../../src/shared/api/rights-schemas'
import type { RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

async function firstInReview(type: string): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    `/requests?type=${type}&status=in_review&assignee=me&pageSize=1`,
  )
  const item = list.body.items[0]
  if (!item) throw new Error(`no seeded ${type} in review`)
  return (await call('agent01', 'GET', `/requests/${item.id}`)).body
}

beforeAll(() => resetMockBackend())

describe('consent withdrawal', () => {
  it('withdraws granted permissions at once, completes the request and keeps the history', async () => {
    const request = await firstInReview('consent_withdrawal')
    const before = (
      await call<ConsentOverview>('agent01', 'GET', `/requests/${request.id}/consents`)
    ).body
    const granted = before.consents.find((c) => c.granted)
    const withdrawn = before.consents.find((c) => !c.granted)
    if (withdrawn) {
      const refused = await call(
        'agent01',
        'POST',
        `/requests/${request.id}/consent-withdrawal`,
        { keys: [withdrawn.key] },
        request.version,
      )
      expect(refused.status).toBe(400)
      expect(refused.body.details?.fields?.keys).toMatch(/already withdrawn/)
    }
    expect(granted).toBeDefined()
    const done = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/consent-withdrawal`,
      { keys: [granted!.key] },
      request.version,
    )
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('completed')
    expect(done.body.user.consents[granted!.key]?.granted).toBe(false)
    expect(done.body.details.withdrawal).toMatchObject({
      keys: [granted!.key],
      earlierProcessingLawful: true,
    })
    const after = (
      await call<ConsentOverview>('agent01', 'GET', `/requests/${request.id}/consents`)
    ).body
    expect(after.history[0]).toMatchObject({
      key: granted!.key,
      granted: false,
      requestId: request.id,
    })
  })

  it('refuses a request of another type', async () => {
    const request = await firstInReview('access')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/consent-withdrawal`,
      { keys: ['marketing'] },
      request.version,
    )
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('WRONG_REQUEST_TYPE')
  })
})

describe('correction', () => {
  it('refuses an ID number that fails its checksum and a malformed phone, naming each field', async () => {
    const request = await firstInReview('correction')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [
          { field: 'idNumber', value: '110101199003071234' },
          { field: 'phone', value: '12345' },
        ],
        evidence: '身份证照片已核对',
      },
      request.version,
    )
    expect(r.status).toBe(400)
    expect(Object.keys(r.body.details?.fields ?? {}).sort()).toEqual(['idNumber', 'phone'])
    // Each named by a code the console words in its own language.
    expect(r.body.details?.issues).toEqual({
      idNumber: { code: 'id_checksum' },
      phone: { code: 'phone_format' },
    })
  })

  it('writes a change of name or region at once, with its before and after, and completes the request', async () => {
    const request = await firstInReview('correction')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [{ field: 'region', value: '浙江省杭州市西湖区' }],
        evidence: '用户提供的居住证明已核对',
      },
      request.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('completed')
    expect(r.body.details.correction).toMatchObject({
      changes: [{ field: 'region', after: '浙江省杭州市西湖区' }],
    })
  })
})

describe('access', () => {
  it('sends and records the answer', async () => {
    const request = await firstInReview('access')
    const answers = PERSONAL_DATA_CATEGORIES.map((category) => ({ category, held: true }))
    const short = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/access-answer`,
      { answers, message: 'hi' },
      request.version,
    )
    expect(short.status).toBe(400)
    const message = '您好，平台持有您的以下个人信息：基本资料、身份信息。'.repeat(2)
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/access-answer`,
      { answers, message },
      request.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('completed')
    expect(r.body.notifications?.at(-1)?.text).toBe(message)
  })
})
