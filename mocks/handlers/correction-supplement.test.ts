import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// Policy 6(2) and PIPL art. 46: a user may correct their information or supplement (补充) what
// is missing. A supplement fills an empty field only, a correction changes a field that has a
// value: neither can pass for the other.

beforeAll(() => {
  resetMockBackend()
})

const used = new Set<string>()

/** One of agent01's corrections in review, not used before, its user's region set to `region`. */
async function correctionFor(region: string): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=correction&status=in_review&assignee=me&pageSize=50',
  )
  const item = list.body.items.find((i) => !used.has(i.id))
  if (!item) throw new Error('no seeded correction in review for agent01')
  used.add(item.id)
  await (
    await getBackend()
  ).db.users.update(item.userId, (draft) => {
    draft.region = region
  })
  return (await call('agent01', 'GET', `/requests/${item.id}`)).body
}

const regionOf = async (userId: string) => (await getBackend()).db.users.get(userId)?.region
const evidence = '用户提供的居住证明已核对'

describe('supplementing a profile field', () => {
  it('fills an empty field at once and records it as supplemented, from nothing to the new value', async () => {
    const request = await correctionFor('')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      { changes: [{ field: 'region', value: '浙江省杭州市西湖区', mode: 'supplement' }], evidence },
      request.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('completed')
    expect(r.body.details.correction).toMatchObject({
      changes: [{ field: 'region', before: '', after: '浙江省杭州市西湖区', mode: 'supplement' }],
    })
    expect(await regionOf(request.userId)).toBe('浙江省杭州市西湖区')
  })

  it('refuses to supplement a field that holds a value: 409, and the value stays', async () => {
    const request = await correctionFor('北京市朝阳区')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      { changes: [{ field: 'region', value: '浙江省杭州市西湖区', mode: 'supplement' }], evidence },
      request.version,
    )
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('FIELD_HAS_VALUE')
    expect(r.body.details?.fields).toEqual({
      region: 'holds a value: correct it instead of supplementing',
    })
    expect(await regionOf(request.userId)).toBe('北京市朝阳区')
    expect((await call('agent01', 'GET', `/requests/${request.id}`)).body.status).toBe('in_review')
  })

  it('refuses to correct a field that is empty, with or without the mode named: 409', async () => {
    const request = await correctionFor('')
    for (const change of [
      { field: 'region', value: '浙江省杭州市西湖区' },
      { field: 'region', value: '浙江省杭州市西湖区', mode: 'correct' },
    ]) {
      const r = await call(
        'agent01',
        'POST',
        `/requests/${request.id}/correction`,
        { changes: [change], evidence },
        request.version,
      )
      expect(r.status).toBe(409)
      expect(r.body.code).toBe('FIELD_EMPTY')
      expect(r.body.details?.fields).toEqual({
        region: 'is empty: supplement it instead of correcting',
      })
    }
    expect(await regionOf(request.userId)).toBe('')
  })

  it('refuses a mode it does not know', async () => {
    const request = await correctionFor('')
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      { changes: [{ field: 'region', value: '浙江省杭州市西湖区', mode: 'overwrite' }], evidence },
      request.version,
    )
    expect(r.status).toBe(400)
  })
})
