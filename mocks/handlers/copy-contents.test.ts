import { beforeAll, describe, expect, it } from 'vitest'
import type { CopyDownload, CopyPackage } from '../../src/shared/api/copy-schemas'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'
import { TEST_NOW } from '../../src/test/test-now'

// Policy 6(7), PIPL art. 45: the copy holds the records themselves (tasks, payments, sign-in
// devices, consents and their history), says of every category whether it is in the package and
// why not, and never hands over another person's data (a task's counterparty).

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

/** A copy request in review, assigned to agent01, whose user has tasks on record. */
async function copyWithTasks(): Promise<RequestListItem> {
  const backend = await getBackend()
  const items = (
    await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?type=copy&status=in_review&assignee=me&pageSize=50',
    )
  ).body.items
  const found = items.find(
    (r) => (backend.db.accountActivity.get(r.userId)?.tasks.length ?? 0) >= 2,
  )
  if (!found) throw new Error('no seeded copy request of a user with tasks')
  return found
}

const section = (pkg: CopyPackage, category: string) =>
  pkg.sections.find((s) => s.category === category)

describe('the copy package', () => {
  it('holds every task, payment, sign-in device and consent record, not counts and a balance', async () => {
    const request = await copyWithTasks()
    const activity = (await getBackend()).db.accountActivity.get(request.userId)!
    const r = await call<CopyPackage>(
      'agent01',
      'GET',
      `/requests/${request.id}/copy-package?categories=task_history,payments,device_logs,consents`,
    )
    expect(r.status).toBe(200)
    const tasks = section(r.body, 'task_history')!.records
    expect(tasks.map((t) => t.taskId)).toEqual(activity.tasks.map((t) => t.id))
    expect(tasks[0]).toMatchObject({
      title: activity.tasks[0]!.title,
      amount: activity.tasks[0]!.amount,
      taskStatus: activity.tasks[0]!.status,
    })
    expect(tasks[0]).not.toHaveProperty('unfinishedTasksAsWorker')
    expect(section(r.body, 'payments')!.records.map((p) => p.paymentId)).toEqual(
      activity.payments.map((p) => p.id),
    )
    expect(section(r.body, 'device_logs')!.records.map((d) => d.model)).toEqual(
      activity.devices.map((d) => d.model),
    )
    // Four permissions as they stand now, then their history.
    const consents = section(r.body, 'consents')!.records
    expect(consents.filter((c) => c.entry === 'current').map((c) => c.permission)).toEqual([
      'accountList',
      'systemLogs',
      'clipboard',
      'marketing',
    ])
  })

  it('masks the counterparty of each task, in the staff preview and in the user’s own download', async () => {
    const request = await copyWithTasks()
    const task = (await getBackend()).db.accountActivity.get(request.userId)!.tasks[0]!
    const preview = await call<CopyPackage>(
      'agent01',
      'GET',
      `/requests/${request.id}/copy-package?categories=task_history`,
    )
    const first = section(preview.body, 'task_history')!.records[0]!
    expect(first.counterparty).toBe(
      `${Array.from(task.counterpartyName)[0]}${'*'.repeat(Array.from(task.counterpartyName).length - 1)}`,
    )
    expect(first.counterpartyPhone).toBe(
      `${task.counterpartyPhone.slice(0, 3)}****${task.counterpartyPhone.slice(7)}`,
    )

    const detail = (await call('agent01', 'GET', `/requests/${request.id}`)).body
    expect(
      (
        await call(
          'agent01',
          'POST',
          `/requests/${request.id}/copy-link`,
          { categories: ['task_history'] },
          detail.version,
        )
      ).status,
    ).toBe(200)
    const sms = (await getBackend()).db.smsOutbox
      .all()
      .filter((m) => m.userId === request.userId)
      .at(-1)!
    const [, token, code] = sms.text.match(/\/copy\/([\w-]+).*验证码 (\d{6})/)!
    const download = await call<CopyDownload>(null, 'POST', `/copy-downloads/${token}`, { code })
    expect(download.status).toBe(200)
    const text = JSON.stringify(download.body)
    const user = (await getBackend()).db.users.get(request.userId)!
    expect(text).toContain(user.idNumber) // the user's own data, unmasked
    expect(text).not.toContain(task.counterpartyPhone)
    expect(text).not.toContain(task.counterpartyName)
  })

  it('says of every category whether it is in, with its record count, or why not', async () => {
    const request = await copyWithTasks()
    const activity = (await getBackend()).db.accountActivity.get(request.userId)!
    const r = await call<CopyPackage>(
      'agent01',
      'GET',
      `/requests/${request.id}/copy-package?categories=task_history`,
    )
    const coverage = Object.fromEntries(r.body.coverage.map((c) => [c.category, c]))
    expect(r.body.coverage.map((c) => c.category)).toEqual(TEMPLATE)
    expect(coverage.profile).toMatchObject({ included: true, count: 1, reason: null })
    expect(coverage.task_history).toMatchObject({
      included: true,
      count: activity.tasks.length,
      reason: null,
    })
    expect(coverage.payments).toMatchObject({ included: false, reason: 'not_requested' })
    expect(coverage.location).toMatchObject({ included: false, count: 0, reason: 'not_held' })
    expect(coverage.account_list).toMatchObject({ included: false, reason: 'not_held' })
    expect(coverage.marketing_profile).toMatchObject({
      included: false,
      reason: 'held_by_third_party',
    })
    expect(r.body.sections.map((s) => s.category)).toEqual(['profile', 'identity', 'task_history'])
  })

  it('leaves out what a carried-out data plan deleted, naming the request', async () => {
    const backend = await getBackend()
    const deletion = backend.db.requests.all().find((r) => {
      const user = backend.db.users.get(r.userId)!
      return (
        r.type === 'deletion' &&
        r.status === 'completed' &&
        r.dataPlan?.items.some((i) => i.category === 'contact' && i.action === 'delete') &&
        !user.guardian &&
        !user.deceased
      )
    })
    if (!deletion) throw new Error('no seeded completed deletion of contact details')
    const created = await call('agent01', 'POST', '/requests', {
      type: 'copy',
      userId: deletion.userId,
      requesterType: 'self',
      channel: 'hotline',
      receivedAt: TEST_NOW,
    })
    expect(created.status).toBe(201)
    const r = await call<CopyPackage>(
      'agent01',
      'GET',
      `/requests/${created.body.id}/copy-package?categories=contact`,
    )
    expect(r.body.coverage.find((c) => c.category === 'contact')).toMatchObject({
      included: false,
      reason: 'removed_under_plan',
      removedBy: { requestId: deletion.id, at: deletion.completedAt },
    })
    expect(section(r.body, 'contact')).toBeUndefined()
  })
})
