import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CopyDownload, CopyPackage } from '../../src/shared/api/copy-schemas'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

async function copyRequests(status: string): Promise<RequestListItem[]> {
  return (
    await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      `/requests?type=copy&status=${status}&assignee=me&pageSize=50`,
    )
  ).body.items
}

/** The SMS the user received: the gateway's outbox, which the console's API never returns. */
async function smsTo(userId: string): Promise<{ link: string; token: string; code: string }> {
  const backend = await getBackend()
  const sms = backend.db.smsOutbox
    .all()
    .filter((m) => m.userId === userId)
    .at(-1)
  const match = sms?.text.match(/(https?:\/\/\S+\/copy\/([\w-]+)).*验证码 (\d{6})/)
  if (!match) throw new Error('no copy SMS')
  return { link: match[1]!, token: match[2]!, code: match[3]! }
}

async function issue(
  request: { id: string; version: number },
  body: Record<string, unknown> = { categories: ['contact'] },
) {
  return call('agent01', 'POST', `/requests/${request.id}/copy-link`, body, request.version)
}

beforeAll(() => resetMockBackend())

afterEach(() => {
  vi.useRealTimers()
})

describe('copy package preview', () => {
  it('holds profile and identity, adds asked categories, and masks ID and phone numbers', async () => {
    const [request] = await copyRequests('in_review')
    const r = await call<CopyPackage>(
      'compliance01',
      'GET',
      `/requests/${request!.id}/copy-package?categories=contact,payments`,
    )
    expect(r.status).toBe(200)
    expect(r.body.categories).toEqual(['profile', 'identity', 'contact', 'payments'])
    const identity = r.body.sections.find((s) => s.category === 'identity')!.records[0]!
    expect(identity.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/)
    expect(r.body.sections.find((s) => s.category === 'contact')!.records[0]!.phone).toMatch(
      /^\d{3}\*{4}\d{4}$/,
    )
    const unknown = await call(
      'agent01',
      'GET',
      `/requests/${request!.id}/copy-package?categories=location`,
    )
    expect(unknown.status).toBe(400)
  })
})

describe('issuing a copy link', () => {
  it('needs a copy request in review', async () => {
    const [pending] = await copyRequests('identity_pending')
    const r = await issue(pending!)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('INVALID_TRANSITION')
    const [access] = (
      await call<{ items: RequestListItem[] }>(
        'agent01',
        'GET',
        '/requests?type=access&status=in_review&assignee=me',
      )
    ).body.items
    expect((await issue(access!)).body.code).toBe('WRONG_REQUEST_TYPE')
  })

  it('completes the request, texts a code the staff never see, and lists the link', async () => {
    const [request] = await copyRequests('in_review')
    const r = await issue(request!, { categories: ['contact'], expiresInDays: 3 })
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('completed')
    expect(r.body.timeline.at(-1)).toMatchObject({ action: 'copy_link_issued', actorId: 'S001' })
    const sms = await smsTo(request!.userId)
    const staffSees =
      JSON.stringify(r.body) +
      JSON.stringify((await call('agent01', 'GET', `/requests/${request!.id}/copy-links`)).body)
    expect(staffSees).not.toContain(sms.code)
    expect(staffSees).not.toContain(sms.token)
    expect(r.body.notifications?.at(-1)?.to).toMatch(/^\d{3}\*{4}\d{4}$/)
    const links = (
      await call<{ items: { expiresAt: string; expired: boolean; downloads: unknown[] }[] }>(
        'agent01',
        'GET',
        `/requests/${request!.id}/copy-links`,
      )
    ).body
    expect(links.items).toHaveLength(1)
    expect(Date.parse(links.items[0]!.expiresAt) - Date.parse(r.body.completedAt!)).toBe(
      3 * 86_400_000,
    )
    expect(links.items[0]).toMatchObject({ expired: false, downloads: [] })
  })

  it('refuses an expiry outside 1–30 days', async () => {
    const [request] = await copyRequests('in_review')
    const r = await issue(request!, { categories: [], expiresInDays: 31 })
    expect(r.status).toBe(400)
    expect(r.body.details?.fields?.expiresInDays).toBeDefined()
  })
})

describe('the user’s download', () => {
  it('gives the full package for the right code once; the code is then used up', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!, { categories: ['contact'] })
    const { token, code } = await smsTo(request!.userId)
    const r = await call<CopyDownload>(null, 'POST', `/copy-downloads/${token}`, { code })
    expect(r.status).toBe(200)
    expect(r.body.fileName).toBe(`personal-data-copy-${request!.id}.zip`)
    const user = (await getBackend()).db.users.get(request!.userId)!
    expect(r.body.package.sections.find((s) => s.category === 'contact')!.records[0]!.phone).toBe(
      user.phone,
    )
    const again = await call(null, 'POST', `/copy-downloads/${token}`, { code })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CODE_USED')
    const links = (
      await call<{ items: { downloads: unknown[] }[] }>(
        'agent01',
        'GET',
        `/requests/${request!.id}/copy-links`,
      )
    ).body
    expect(links.items[0]!.downloads).toHaveLength(1)
    const detail = (await call('agent01', 'GET', `/requests/${request!.id}`)).body
    expect(detail.timeline.filter((e) => e.action === 'copy_downloaded')).toHaveLength(1)
    const audit = (await getBackend()).db.auditEvents
      .all()
      .filter((e) => e.action === 'request.copy_downloaded' && e.target === request!.id)
    expect(audit).toHaveLength(1)
  })

  it('lets only one of several simultaneous downloads with the right code through', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!)
    const { token, code } = await smsTo(request!.userId)
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => call(null, 'POST', `/copy-downloads/${token}`, { code })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409])
    expect((await getBackend()).db.copyLinks.get(token)!.downloads).toHaveLength(1)
  })

  it('counts wrong codes over the link’s life: a success in between does not reset them', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!)
    const { token, code } = await smsTo(request!.userId)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 4; i++)
      expect((await call(null, 'POST', `/copy-downloads/${token}`, { code: wrong })).status).toBe(
        400,
      )
    expect((await call(null, 'POST', `/copy-downloads/${token}`, { code })).status).toBe(200)
    expect((await getBackend()).db.copyLinks.get(token)!.failedAttempts).toBe(4)
  })

  it('locks after five wrong codes even when twenty guesses arrive at once', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!)
    const { token, code } = await smsTo(request!.userId)
    const guesses = Array.from({ length: 20 }, (_, i) => String(i).padStart(6, '0')).filter(
      (g) => g !== code,
    )
    const answers = await Promise.all(
      guesses.map((g) => call(null, 'POST', `/copy-downloads/${token}`, { code: g })),
    )
    expect(answers.filter((a) => a.body.code === 'WRONG_CODE')).toHaveLength(5)
    expect(answers.filter((a) => a.body.code === 'LINK_LOCKED')).toHaveLength(guesses.length - 5)
    expect((await call(null, 'POST', `/copy-downloads/${token}`, { code })).body.code).toBe(
      'LINK_LOCKED',
    )
  })

  it('refuses a wrong code, counts down, and locks the link after five', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!)
    const { token, code } = await smsTo(request!.userId)
    const wrong = code === '000000' ? '111111' : '000000'
    const first = await call(null, 'POST', `/copy-downloads/${token}`, { code: wrong })
    expect(first.status).toBe(400)
    expect(first.body).toMatchObject({ code: 'WRONG_CODE', details: { attemptsLeft: 4 } })
    for (let i = 0; i < 4; i++)
      await call(null, 'POST', `/copy-downloads/${token}`, { code: wrong })
    const locked = await call(null, 'POST', `/copy-downloads/${token}`, { code })
    expect(locked.status).toBe(409)
    expect(locked.body.code).toBe('LINK_LOCKED')
    expect((await call(null, 'POST', '/copy-downloads/not-a-token', { code })).status).toBe(404)
  })

  it('refuses an expired link with 410, even with the right code', async () => {
    const [request] = await copyRequests('in_review')
    await issue(request!, { categories: [], expiresInDays: 1 })
    const { token, code } = await smsTo(request!.userId)
    // A second past the expiry the server set, on the suite's clock.
    const { expiresAt } = (await getBackend()).db.copyLinks.get(token)!
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(expiresAt) + 1000 })
    const r = await call(null, 'POST', `/copy-downloads/${token}`, { code })
    expect(r.status).toBe(410)
    expect(r.body.code).toBe('LINK_EXPIRED')
    const link = (await getBackend()).db.copyLinks.get(token)!
    expect(link.downloads).toEqual([])
  })
})
