import { beforeEach, describe, expect, it } from 'vitest'
import type { IncidentDetail, IncidentListItem } from '../../src/shared/api/incident-schemas'
import type { Settings } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { call as callWithVersion } from '../test-client'
import { call, json } from './disclosure-test-api'
import { act, COMPLETE_EN, COMPLETE_ZH, createIncident } from './incident-test-api'
import { suiteNow } from '../../src/test/test-clock-install'

// Policy 5(3), PIPL art. 57 and the national measures on reporting cybersecurity incidents (2025):
// the notice to affected users names the categories of personal information involved and a contact
// for questions; the report to the regulator is due within hours of discovery by severity (4 hours
// for 较大 and graver, by default); and an incident is not closed while users whose notice failed
// were told nothing, not even by an announcement.

type Refusal = {
  code: string
  details: {
    fields?: Record<string, string>
    missing?: Record<string, string[]>
    failing?: string[]
    failedDeliveries?: number
  }
}

const HOUR = 3_600_000

beforeEach(() => {
  resetMockBackend()
})

async function withUsers() {
  const created = await createIncident()
  const added = await act(
    'compliance01',
    `/incidents/${created.id}/affected-users/query`,
    { region: '浙江省宁波市海曙区' },
    created.version,
  )
  expect(added.status).toBe(200)
  return json<{ incident: IncidentDetail }>(added).incident
}

describe('the notice to affected users', () => {
  it('is refused without the categories of personal information involved', async () => {
    const incident = await withUsers()
    const refused = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      { channel: 'sms', templateZh: COMPLETE_ZH.replace(/【涉及的个人信息】.*\n/, '') },
      incident.version,
    )
    expect(refused.status).toBe(400)
    expect(json<Refusal>(refused).code).toBe('NOTICE_INCOMPLETE')
    expect(json<Refusal>(refused).details.missing?.templateZh).toEqual(['categories'])
  })

  it('is refused without a contact for questions, in either language', async () => {
    const incident = await withUsers()
    const noContact = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      {
        channel: 'email',
        templateZh: COMPLETE_ZH.replace(/【联系我们】.*$/, '【联系我们】'),
        templateEn: COMPLETE_EN.replace(/\[Contact us\].*$/, ''),
      },
      incident.version,
    )
    expect(noContact.status).toBe(400)
    expect(json<Refusal>(noContact).details.missing).toEqual({
      templateZh: ['contact'],
      templateEn: ['contact'],
    })
    const sent = await act(
      'compliance01',
      `/incidents/${incident.id}/campaigns`,
      { channel: 'email', templateZh: COMPLETE_ZH, templateEn: COMPLETE_EN },
      incident.version,
    )
    expect(sent.status).toBe(201)
  })

  it('as an announcement needs them too', async () => {
    const { id, version } = await createIncident()
    const now = suiteNow()
    const refused = await act(
      'compliance01',
      `/incidents/${id}/announcement`,
      {
        textZh: COMPLETE_ZH.replace(/【涉及的个人信息】.*\n/, '').replace(/【联系我们】.*$/, ''),
        publishAt: new Date(now).toISOString(),
        venues: ['website'],
        impracticalAt: new Date(now).toISOString(),
        impracticalReason: '无法取得受影响用户的联系方式。',
      },
      version,
    )
    expect(json<Refusal>(refused).details.missing?.textZh).toEqual(['categories', 'contact'])
  })
})

describe('the report to the regulator', () => {
  it('is due 4 hours after the discovery of a 较大 or graver incident, and none is set for 一般', async () => {
    const now = suiteNow()
    const discoveredAt = new Date(now - HOUR).toISOString()
    const due = new Date(now + 3 * HOUR).toISOString()
    for (const severity of ['medium', 'high', 'critical']) {
      const created = await createIncident('compliance01', { severity, discoveredAt })
      expect(
        json<IncidentDetail>(await call('compliance01', 'GET', `/incidents/${created.id}`)),
      ).toMatchObject({
        regulatorDue: { hours: 4, dueAt: due, firstReportAt: null, status: 'due' },
      })
    }
    const general = await createIncident('compliance01', { severity: 'low', discoveredAt })
    expect(
      json<IncidentDetail>(await call('compliance01', 'GET', `/incidents/${general.id}`))
        .regulatorDue,
    ).toEqual({ hours: null, dueAt: null, firstReportAt: null, status: 'not_required' })
  })

  it('is overdue once the hours have passed, and a late report stays marked late', async () => {
    const now = suiteNow()
    const created = await createIncident('compliance01', {
      severity: 'high',
      discoveredAt: new Date(now - 5 * HOUR).toISOString(),
      occurredFrom: new Date(now - 6 * HOUR).toISOString(),
      occurredTo: new Date(now - 5 * HOUR).toISOString(),
    })
    const overdue = json<IncidentDetail>(
      await call('compliance01', 'GET', `/incidents/${created.id}`),
    )
    expect(overdue.regulatorDue).toMatchObject({
      dueAt: new Date(now - HOUR).toISOString(),
      status: 'overdue',
    })
    const list = json<{ items: IncidentListItem[] }>(
      await call('compliance01', 'GET', '/incidents?pageSize=50'),
    )
    expect(list.items.find((i) => i.id === created.id)?.regulatorDue.status).toBe('overdue')

    const reported = await act(
      'compliance01',
      `/incidents/${created.id}/regulator-reports`,
      {
        authority: '浙江省互联网信息办公室',
        submittedAt: new Date(now).toISOString(),
        referenceNumber: 'ZJ-LATE-1',
        content: '事件经过与处置情况的报告。',
      },
      created.version,
    )
    expect(json<IncidentDetail>(reported).regulatorDue).toMatchObject({
      firstReportAt: new Date(now).toISOString(),
      status: 'reported_late',
    })
  })

  it('follows the hours set for the severity, and the seeded incident was reported in time', async () => {
    const { version, ...values } = json<Settings>(await call('admin01', 'GET', '/settings'))
    const saved = await callWithVersion(
      'admin01',
      'PUT',
      '/settings',
      { ...values, regulatorReportHoursMedium: 1, regulatorReportHoursLow: 24 },
      version,
    )
    expect(saved.status).toBe(200)
    const now = suiteNow()
    const discoveredAt = new Date(now - 2 * HOUR).toISOString()
    const medium = await createIncident('compliance01', { severity: 'medium', discoveredAt })
    expect(
      json<IncidentDetail>(await call('compliance01', 'GET', `/incidents/${medium.id}`))
        .regulatorDue,
    ).toMatchObject({ hours: 1, status: 'overdue' })
    const low = await createIncident('compliance01', { severity: 'low', discoveredAt })
    expect(
      json<IncidentDetail>(await call('compliance01', 'GET', `/incidents/${low.id}`)).regulatorDue,
    ).toMatchObject({ hours: 24, dueAt: new Date(now + 22 * HOUR).toISOString(), status: 'due' })

    const seeded = json<IncidentDetail>(await call('compliance01', 'GET', '/incidents/I000001'))
    expect(seeded.regulatorDue).toMatchObject({ hours: 4, status: 'reported' })
  })
})

describe('closing an incident', () => {
  it('is refused while notices failed and no announcement tells those users; an announcement lets it close', async () => {
    const seeded = json<IncidentDetail>(await call('compliance01', 'GET', '/incidents/I000001'))
    const failed = seeded.campaigns.reduce((n, c) => n + c.counts.failed, 0)
    expect(failed).toBeGreaterThan(0)
    expect(seeded.announcement).toBeNull()

    const refused = await act(
      'compliance01',
      '/incidents/I000001/close',
      { summary: '处置完毕。' },
      seeded.version,
    )
    expect(refused.status).toBe(409)
    expect(json<Refusal>(refused).code).toBe('UNREACHED_USERS_NOT_ANNOUNCED')
    expect(json<Refusal>(refused).details).toMatchObject({
      failedDeliveries: failed,
      failing: ['unreached_users_announced'],
    })
    expect(
      json<IncidentDetail>(await call('compliance01', 'GET', '/incidents/I000001')).status,
    ).toBe('open')

    const now = suiteNow()
    const announced = await act(
      'compliance01',
      '/incidents/I000001/announcement',
      {
        textZh: COMPLETE_ZH,
        publishAt: new Date(now).toISOString(),
        venues: ['app_notice', 'website'],
        impracticalAt: new Date(now - 60_000).toISOString(),
        impracticalReason: '部分用户的短信无法送达，已无法逐一告知。',
      },
      seeded.version,
    )
    expect(announced.status).toBe(200)
    const closed = await act(
      'compliance01',
      '/incidents/I000001/close',
      { summary: '公告已发布，处置完毕。' },
      json<IncidentDetail>(announced).version,
    )
    expect(closed.status).toBe(200)
    expect(json<IncidentDetail>(closed).status).toBe('closed')
  })
})
