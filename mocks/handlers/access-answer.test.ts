import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// Policy 6(1): every category the platform may hold is answered, held or not held, from one
// template; the console's form is prefilled from what the records hold.

// The template's order, written out by hand.
const TEMPLATE = [
  'profile',
  'identity',
  'contact',
  'device_logs',
  'location',
  'task_history',
  'account_list',
  'marketing_profile',
  'payments',
  'consents',
  'disclosure_records',
]

beforeAll(() => resetMockBackend())

describe('the access answer', () => {
  /** One whose user no data plan has touched. */
  async function accessInReview(): Promise<RequestDetail> {
    const backend = await getBackend()
    const list = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?type=access&status=in_review&assignee=me&pageSize=50',
    )
    const found = list.body.items.find(
      (i) => !backend.db.requests.all().some((r) => r.userId === i.userId && r.dataPlan),
    )
    return (await call('agent01', 'GET', `/requests/${found!.id}`)).body
  }
  const message = '您好，平台持有您的以下个人信息：基本资料、身份信息、联系方式。'

  it('tells from the records which categories are held, for every category of the template', async () => {
    const request = await accessInReview()
    const r = await call<{
      items: { category: string; held: boolean; count: number; reason: string | null }[]
    }>('agent01', 'GET', `/requests/${request.id}/personal-data`)
    expect(r.status).toBe(200)
    expect(r.body.items.map((i) => i.category)).toEqual(TEMPLATE)
    const by = Object.fromEntries(r.body.items.map((i) => [i.category, i]))
    expect(by.profile).toMatchObject({ held: true, count: 1, reason: null })
    expect(by.location).toMatchObject({ held: false, reason: 'not_held' })
    expect(by.marketing_profile).toMatchObject({ held: false, reason: 'held_by_third_party' })
    const activity = (await getBackend()).db.accountActivity.get(request.userId)!
    expect(by.device_logs).toMatchObject({ held: true, count: activity.devices.length })
  })

  it('refuses an answer that leaves categories out, naming them in words', async () => {
    const request = await accessInReview()
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/access-answer`,
      {
        answers: TEMPLATE.filter((c) => c !== 'location' && c !== 'marketing_profile').map(
          (category) => ({ category, held: true }),
        ),
        message,
      },
      request.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('VALIDATION_FAILED')
    expect(r.body.details?.fields?.answers).toBe(
      'missing: 位置信息（Location）、营销画像（Marketing profile）',
    )
    expect(r.body.details?.missing).toEqual(['location', 'marketing_profile'])
    expect((await call('agent01', 'GET', `/requests/${request.id}`)).body.status).toBe('in_review')
  })

  it('records an answer of every category, held or not, in the template’s order', async () => {
    const request = await accessInReview()
    const answers = [...TEMPLATE].reverse().map((category) => ({
      category,
      held: !['location', 'account_list', 'marketing_profile'].includes(category),
    }))
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/access-answer`,
      { answers, message },
      request.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('completed')
    const recorded = (
      r.body.details.accessAnswer as { answers: { category: string; held: boolean }[] }
    ).answers
    expect(recorded.map((a) => a.category)).toEqual(TEMPLATE)
    expect(recorded.find((a) => a.category === 'location')!.held).toBe(false)
    expect(r.body.timeline.at(-1)).toMatchObject({
      action: 'access_answer_sent',
      facts: { categoryCount: 8 },
    })
  })
})
