import type { Page } from '@playwright/test'
import type { PlatformUser } from '../src/shared/api/schemas'
import { api, browserNow, expect } from './fixtures'
import { RequestPage, type RegisteredRequest } from './pages/console'

// The data a journey works on, made through the public API as intake and staff would make it, so
// the journey runs the same against a fresh seed and against a deployment that earlier runs
// already used: it reads back only what it made.

/** The first platform user, in the list's order, for whom `match` holds. */
export async function userWhere(
  page: Page,
  match: (user: PlatformUser) => boolean,
): Promise<PlatformUser> {
  for (let n = 1; ; n++) {
    const users = await api<{ items: PlatformUser[]; total: number }>(
      page,
      `/users?pageSize=200&page=${n}`,
    )
    const user = users.body.items.find(match)
    if (user) return user
    if (n * 200 >= users.body.total) throw new Error('no matching user')
  }
}

/** Calls as `token`'s staff member, or as the tab's own when left out. */
interface As {
  token?: string
}

/**
 * An adult, active user for whom `accept` holds, with no open request of `type` (so a new one is
 * no duplicate) and whose data no plan has touched yet. A user a journey cancelled or deleted
 * drops out by itself, so each run takes one that is still as the journey needs it.
 */
export async function userFor(
  page: Page,
  type: string,
  accept: (user: PlatformUser) => boolean,
): Promise<PlatformUser> {
  for (let n = 1; ; n++) {
    const users = await api<{ items: PlatformUser[]; total: number }>(
      page,
      `/users?accountStatus=active&pageSize=200&page=${n}`,
    )
    for (const user of users.body.items) {
      if (user.ageGroup !== 'adult' || user.deceased || user.dataDisposition.length) continue
      if (!accept(user)) continue
      const open = await api<{ total: number }>(
        page,
        `/requests?q=${user.id}&type=${type}&finished=false&pageSize=1`,
      )
      if (open.body.total === 0) return user
    }
    if (n * 200 >= users.body.total) throw new Error(`no user left for a new ${type} request`)
  }
}

/** Nothing of the cancellation checklist stands in the way, tasks aside. */
function settledApartFromTasks(u: PlatformUser): boolean {
  return (
    (u.walletBalance <= 0 || u.withdrawalArranged) &&
    u.openDisputes === 0 &&
    u.openComplaints === 0 &&
    u.legalHold === null
  )
}

/** A user whose account could be cancelled today: every check of the checklist passes. */
export const cancellable = (u: PlatformUser): boolean =>
  settledApartFromTasks(u) && u.unfinishedTasksAsWorker + u.unfinishedTasksAsPublisher === 0

/** A user whose cancellation only unfinished tasks block. */
export const withUnfinishedTasks = (u: PlatformUser): boolean =>
  settledApartFromTasks(u) && u.unfinishedTasksAsWorker + u.unfinishedTasksAsPublisher > 0

/** A user whose personal information may be deleted: nothing holds it as evidence. */
export const deletable = (u: PlatformUser): boolean =>
  u.openDisputes === 0 && u.openComplaints === 0 && u.legalHold === null

/**
 * A request of `type` for a user `accept` picks, registered by the caller (whose it then is) and
 * with the user's identity confirmed by SMS code: in review, as a journey finds it in its queue.
 */
export async function requestInReview(
  page: Page,
  type: string,
  accept: (user: PlatformUser) => boolean,
  { token }: As = {},
): Promise<RegisteredRequest> {
  const user = await userFor(page, type, accept)
  const registered = await RequestPage.register(page, type, user.id, { token })
  const verified = await api<RegisteredRequest & { status: string }>(
    page,
    `/requests/${registered.id}/identity-checks`,
    {
      method: 'POST',
      body: { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
      version: registered.version,
      token,
    },
  )
  expect(verified.status).toBe(200)
  expect(verified.body.status).toBe('in_review')
  return verified.body
}

/** A clean cancellation whose approval the caller prepared: it waits for a lead's check. */
export async function preparedCancellation(
  page: Page,
  { token }: As = {},
): Promise<RegisteredRequest> {
  const request = await requestInReview(page, 'cancellation', cancellable, { token })
  const prepared = await api<RegisteredRequest & { status: string }>(
    page,
    `/requests/${request.id}/decision`,
    {
      method: 'POST',
      body: { outcome: 'approve', message: '您好！您的账号注销申请已审核通过。' },
      version: request.version,
      token,
    },
  )
  expect(prepared.body.status).toBe('pending_approval')
  return prepared.body
}

/** A minor incident recorded through the API by the signed-in compliance manager. */
export async function recordedIncident(page: Page): Promise<{ id: string; version: number }> {
  const now = await browserNow(page)
  const created = await api<{ id: string; version: number }>(page, '/incidents', {
    method: 'POST',
    body: {
      title: '导出文件误发',
      severity: 'low',
      discoveredAt: new Date(now - 3_600_000).toISOString(),
      occurredFrom: new Date(now - 86_400_000).toISOString(),
      occurredTo: new Date(now - 80_000_000).toISOString(),
      dataCategories: ['profile'],
      description: '一份导出文件被误发至外部邮箱。',
      impact: '姓名可能被他人看到。',
      measuresTaken: '已要求对方删除。',
      measuresPlanned: '导出增加白名单。',
      adviceToUsers: '警惕冒充平台的邮件。',
      remedies: '一对一说明情况。',
    },
  })
  expect(created.status).toBe(201)
  return created.body
}
