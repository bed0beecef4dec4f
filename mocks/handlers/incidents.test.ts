import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IncidentDetail, ImportResult } from '../../src/shared/api/incident-schemas'
import { suiteNow } from '../../src/test/test-clock-install'
import { resetMockBackend } from '../node'
import { call, json } from './disclosure-test-api'
import { act, COMPLETE_EN, COMPLETE_ZH, createIncident, incidentInput } from './incident-test-api'

type Fields = {
  code: string
  details: { fields: Record<string, string>; missing?: Record<string, string[]> }
}

beforeEach(() => {
  resetMockBackend()
})
afterEach(() => vi.restoreAllMocks())

const REGION = '浙江省宁波市海曙区'

async function withUsers() {
  const created = await createIncident()
  const added = await act(
    'compliance01',
    `/incidents/${created.id}/affected-users/query`,
    { region: REGION },
    created.version,
  )
  expect(added.status).toBe(200)
  return json<{ added: number; incident: IncidentDetail }>(added)
}

describe('incident records', () => {
  it('lists the seeded incidents for compliance and admins only, sorted and filtered on the server', async () => {
    const page = json<{ items: { id: string; status: string }[]; total: number }>(
      await call('compliance01', 'GET', '/incidents?sort=id:asc'),
    )
    expect(page.items.map((i) => i.id)).toEqual(['I000001', 'I000002'])
    const closed = json<{ items: { id: string }[] }>(
      await call('admin01', 'GET', '/incidents?status=closed'),
    )
    expect(closed.items.map((i) => i.id)).toEqual(['I000002'])
    expect((await call('agent01', 'GET', '/incidents')).status).toBe(403)
    expect((await call('lead01', 'GET', '/incidents/I000001')).status).toBe(403)
    expect((await call('compliance01', 'GET', '/incidents?sort=title:asc')).status).toBe(400)
  })

  it('records an incident and refuses times that do not fit together', async () => {
    const created = await call('compliance01', 'POST', '/incidents', incidentInput())
    expect(created.status).toBe(201)
    expect(json<IncidentDetail>(created)).toMatchObject({
      id: 'I000003',
      status: 'open',
      version: 1,
      affectedCount: 0,
    })
    const bad = await call(
      'compliance01',
      'POST',
      '/incidents',
      incidentInput({ occurredTo: new Date(suiteNow() - 5 * 86_400_000).toISOString(), title: '' }),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys(json<Fields>(bad).details.fields)).toContain('title')
    const order = await call(
      'compliance01',
      'POST',
      '/incidents',
      incidentInput({ occurredTo: new Date(suiteNow() - 5 * 86_400_000).toISOString() }),
    )
    expect(json<Fields>(order).details.fields).toHaveProperty('occurredTo')
  })

  it('changes a record only with the version the person saw, and keeps each change on the timeline', async () => {
    const { id } = await createIncident()
    expect(
      (await act('compliance01', `/incidents/${id}/update`, { severity: 'high' }, null)).status,
    ).toBe(428)
    expect(
      (await act('compliance01', `/incidents/${id}/update`, { severity: 'high' }, 7)).status,
    ).toBe(412)
    const done = await act(
      'compliance01',
      `/incidents/${id}/update`,
      { severity: 'high', remedies: '免费开通来电提醒两年。' },
      1,
    )
    expect(done.status).toBe(200)
    const incident = json<IncidentDetail>(done)
    expect(incident.version).toBe(2)
    expect(incident.timeline.at(-1)).toMatchObject({
      action: 'updated',
      actorId: 'S004',
      detail: 'severity, remedies',
    })
  })
})

describe('affected users', () => {
  it('previews and adds the users a query selects, never showing a phone unmasked', async () => {
    const { id } = await createIncident()
    const preview = json<{ matched: number; sample: { phone: string }[] }>(
      await call(
        'compliance01',
        'GET',
        `/incidents/${id}/affected-users/preview?region=${encodeURIComponent(REGION)}`,
      ),
    )
    expect(preview.matched).toBeGreaterThan(100)
    expect(preview.sample.every((u) => /^1\d{2}\*{4}\d{4}$/.test(u.phone))).toBe(true)
    const { added, incident } = await withUsers()
    expect(added).toBe(preview.matched)
    expect(incident.affectedCount).toBe(added)
    const again = await act(
      'compliance01',
      `/incidents/${incident.id}/affected-users/query`,
      { region: REGION },
      incident.version,
    )
    expect(json<Fields>(again).code).toBe('NOTHING_TO_ADD')
    expect(
      (
        await act(
          'compliance01',
          `/incidents/${incident.id}/affected-users/query`,
          {},
          incident.version,
        )
      ).status,
    ).toBe(400)
  })

  it('imports a CSV: reports every bad line with its reason and keeps the good ones', async () => {
    const { id, version } = await createIncident()
    const csv = [
      'userId',
      'U000001',
      'U00002',
      'U000003,extra',
      '',
      'U000001',
      'U999999',
      '"U000004',
      'U000005',
    ].join('\n')
    const result = await act(
      'compliance01',
      `/incidents/${id}/affected-users/import`,
      { csv },
      version,
    )
    expect(result.status).toBe(200)
    const report = json<ImportResult>(result)
    expect(report.added).toBe(3)
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'invalid_id'],
      [6, 'duplicate'],
      [7, 'unknown_user'],
      [8, 'malformed'],
    ])
    expect(report.incident.affectedCount).toBe(3)
    const list = json<{ items: { userId: string; source: string }[] }>(
      await call('compliance01', 'GET', `/incidents/${id}/affected-users`),
    )
    expect(list.items.map((u) => u.userId).sort()).toEqual(['U000001', 'U000003', 'U000005'])
    expect(report.incident.timeline.at(-1)?.detail).toBe(
      '3 added, 0 already listed, 4 rejected (lines 3, 6, 7, 8)',
    )
  })
})

describe('notification campaigns', () => {
  it('refuses a template that lacks an element, naming it', async () => {
    const { incident } = await withUsers()
    const noRemedies = COMPLETE_ZH.replace(/【补救措施】.*/, '')
    const refused = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      { channel: 'sms', templateZh: noRemedies },
      incident.version,
    )
    expect(refused.status).toBe(400)
    expect(json<Fields>(refused).code).toBe('NOTICE_INCOMPLETE')
    expect(json<Fields>(refused).details.missing?.templateZh).toEqual(['remedies'])
    const emptyAdvice = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      {
        channel: 'email',
        templateZh: COMPLETE_ZH,
        templateEn: COMPLETE_EN.replace(/\[Protect yourself\][^[]*/, '[Protect yourself] '),
      },
      incident.version,
    )
    expect(json<Fields>(emptyAdvice).details.missing?.templateEn).toEqual(['advice'])
  })

  it('will not send before anyone is selected', async () => {
    const { id, version } = await createIncident()
    const refused = await act(
      'compliance01',
      `/incidents/${id}/campaigns`,
      { channel: 'sms', templateZh: COMPLETE_ZH },
      version,
    )
    expect(refused.status).toBe(409)
    expect(json<Fields>(refused).code).toBe('NO_AFFECTED_USERS')
  })

  it('delivers over time with failures and gateway retries; a retry of the failed flips some to delivered', async () => {
    const { incident } = await withUsers()
    const start = suiteNow()
    const sent = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      { channel: 'sms', templateZh: COMPLETE_ZH },
      incident.version,
    )
    expect(sent.status).toBe(201)
    const campaign = json<IncidentDetail>(sent).campaigns[0]!
    expect(campaign.counts.queued).toBe(incident.affectedCount)
    expect(campaign.settled).toBe(false)

    vi.spyOn(Date, 'now').mockReturnValue(start + 60_000)
    const settled = json<IncidentDetail>(
      await call('compliance01', 'GET', `/incidents/${incident.id}`),
    )
    const after = settled.campaigns[0]!
    expect(after.settled).toBe(true)
    expect(after.counts.delivered + after.counts.failed).toBe(incident.affectedCount)
    expect(after.counts.failed).toBeGreaterThan(0)
    expect(after.deliveredAfterRetry).toBeGreaterThan(0)

    const failedPage = json<{
      total: number
      items: { status: string; address: string; failure: string }[]
    }>(
      await call(
        'compliance01',
        'GET',
        `/incidents/${incident.id}/deliveries?campaignId=${after.id}&status=failed&pageSize=200`,
      ),
    )
    expect(failedPage.total).toBe(after.counts.failed)
    expect(
      failedPage.items.every(
        (d) =>
          /^1\d{2}\*{4}\d{4}$/.test(d.address) && ['unreachable', 'rejected'].includes(d.failure),
      ),
    ).toBe(true)

    const retried = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns/retry`,
      { campaignId: after.id },
      settled.version,
    )
    expect(retried.status).toBe(200)
    vi.spyOn(Date, 'now').mockReturnValue(start + 120_000)
    const final = json<IncidentDetail>(
      await call('compliance01', 'GET', `/incidents/${incident.id}`),
    ).campaigns[0]!
    expect(final.counts.failed).toBeLessThan(after.counts.failed)
    expect(final.counts.delivered).toBeGreaterThan(after.counts.delivered)
    expect(final.retries).toBe(1)
  })
})

describe('announcement, regulator report and closing', () => {
  it('publishes an announcement that explains why individual notice was impractical', async () => {
    const { id, version } = await createIncident()
    const now = suiteNow()
    const body = {
      textZh: COMPLETE_ZH,
      publishAt: new Date(now).toISOString(),
      venues: ['app_notice'],
      impracticalAt: new Date(now - 60_000).toISOString(),
      impracticalReason: '受影响用户联系方式已失效，无法逐一通知。',
    }
    const early = await act(
      'compliance01',
      `/incidents/${id}/announcement`,
      { ...body, publishAt: new Date(now - 3_600_000).toISOString() },
      version,
    )
    expect(json<Fields>(early).details.fields).toHaveProperty('publishAt')
    const missing = await act(
      'compliance01',
      `/incidents/${id}/announcement`,
      { ...body, textZh: '系统维护通知' },
      version,
    )
    expect(json<Fields>(missing).details.missing?.textZh).toEqual([
      'incident',
      'categories',
      'measures',
      'advice',
      'remedies',
      'contact',
    ])
    const published = await act('compliance01', `/incidents/${id}/announcement`, body, version)
    expect(json<IncidentDetail>(published).announcement).toMatchObject({
      venues: ['app_notice'],
      recordedBy: 'S004',
    })
  })

  it('closes only once users were told and the regulator informed', async () => {
    const { id, version } = await createIncident()
    const early = await act(
      'compliance01',
      `/incidents/${id}/close`,
      { summary: '处置完毕。' },
      version,
    )
    expect(early.status).toBe(409)
    expect(json<{ details: { failing: string[] } }>(early).details.failing).toEqual([
      'users_notified',
      'regulator_reported',
    ])
    const now = suiteNow()
    const announced = json<IncidentDetail>(
      await act(
        'compliance01',
        `/incidents/${id}/announcement`,
        {
          textZh: COMPLETE_ZH,
          publishAt: new Date(now).toISOString(),
          venues: ['website'],
          impracticalAt: new Date(now).toISOString(),
          impracticalReason: '无法取得受影响用户的联系方式。',
        },
        version,
      ),
    )
    const report = {
      authority: '浙江省互联网信息办公室',
      submittedAt: new Date(now).toISOString(),
      referenceNumber: 'T-001',
      content: '事件经过与处置情况的报告。',
    }
    const reported = await act(
      'compliance01',
      `/incidents/${id}/regulator-reports`,
      report,
      announced.version,
    )
    expect(reported.status).toBe(201)
    const twice = await act(
      'compliance01',
      `/incidents/${id}/regulator-reports`,
      report,
      json<IncidentDetail>(reported).version,
    )
    expect(json<Fields>(twice).code).toBe('DUPLICATE_REFERENCE')
    const closed = await act(
      'compliance01',
      `/incidents/${id}/close`,
      { summary: '处置完毕。' },
      json<IncidentDetail>(reported).version,
    )
    expect(json<IncidentDetail>(closed)).toMatchObject({ status: 'closed', closedBy: 'S004' })
    const after = await act(
      'compliance01',
      `/incidents/${id}/update`,
      { severity: 'low' },
      json<IncidentDetail>(closed).version,
    )
    expect(json<Fields>(after).code).toBe('INCIDENT_CLOSED')
  })

  it('replays the first result for a repeated idempotency key', async () => {
    const { id, version } = await createIncident()
    const first = await act(
      'compliance01',
      `/incidents/${id}/update`,
      { severity: 'critical' },
      version,
      'same-key-0001',
    )
    const second = await act(
      'compliance01',
      `/incidents/${id}/update`,
      { severity: 'critical' },
      version,
      'same-key-0001',
    )
    expect(second.body).toEqual(first.body)
    const incident = json<IncidentDetail>(await call('compliance01', 'GET', `/incidents/${id}`))
    expect(incident.version).toBe(2)
  })
})
