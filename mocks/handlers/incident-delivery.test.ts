import { describe, expect, it } from 'vitest'
import type { DeliveryRecord } from '../../src/shared/api/incident-schemas'
import { campaignProgress, deliveryState } from './incident-delivery'

const START = Date.parse('2026-03-02T10:00:00.000Z')
const record = (userId: string, attempt = 1, at = START): DeliveryRecord => ({
  id: `I000009-C1:${userId}`,
  incidentId: 'I000009',
  campaignId: 'I000009-C1',
  userId,
  attempt,
  attemptAt: new Date(at).toISOString(),
})
const users = Array.from({ length: 400 }, (_, i) => `U${String(i + 1).padStart(6, '0')}`)

describe('deliveryState', () => {
  it('is queued at first and final within seconds, the same every time it is asked', () => {
    const r = record('U000001')
    expect(deliveryState(r, 'sms', START).status).toBe('queued')
    const settled = deliveryState(r, 'sms', START + 10_000)
    expect(['delivered', 'failed']).toContain(settled.status)
    expect(deliveryState(r, 'sms', START + 10_000)).toEqual(settled)
    expect(deliveryState(r, 'sms', START + 86_400_000)).toEqual(settled)
  })

  it('passes through sending, and through retrying when the gateway retries', () => {
    const seen = new Set<string>()
    for (const u of users)
      for (let t = 0; t <= 8000; t += 250)
        seen.add(deliveryState(record(u), 'sms', START + t).status)
    expect([...seen].sort()).toEqual(['delivered', 'failed', 'queued', 'retrying', 'sending'])
  })

  it('fails with a reason that fits the channel', () => {
    const failed = users
      .map((u) => deliveryState(record(u), 'push', START + 10_000))
      .filter((s) => s.status === 'failed')
    expect(failed.length).toBeGreaterThan(0)
    expect(new Set(failed.map((s) => s.failure))).toEqual(new Set(['no_device']))
    const letters = users
      .map((u) => deliveryState(record(u), 'letter', START + 10_000))
      .filter((s) => s.status === 'failed')
    expect(new Set(letters.map((s) => s.failure))).toEqual(new Set(['returned']))
  })

  it('counts every attempt: a staff retry adds to the earlier ones', () => {
    const retried = users.map((u) => deliveryState(record(u, 2, START), 'sms', START + 10_000))
    expect(Math.min(...retried.map((s) => s.attempts))).toBe(2)
    expect(retried.some((s) => s.status === 'delivered' && s.attempts === 3)).toBe(true)
  })
})

describe('campaignProgress', () => {
  it('counts each status and says when nothing is in flight', () => {
    const campaign = {
      id: 'I000009-C1',
      channel: 'sms' as const,
      templateZh: '',
      templateEn: null,
      sentAt: '',
      sentBy: 'S004',
      recipients: 400,
      retries: 0,
    }
    const deliveries = users.map((u) => record(u))
    const early = campaignProgress(campaign, deliveries, START)
    expect(early.counts).toEqual({ queued: 400, sending: 0, retrying: 0, delivered: 0, failed: 0 })
    expect(early.settled).toBe(false)
    const late = campaignProgress(campaign, deliveries, START + 10_000)
    expect(late.settled).toBe(true)
    expect(late.counts.delivered + late.counts.failed).toBe(400)
    // Roughly the rates the simulation promises: most delivered, about a tenth failed.
    expect(late.counts.failed).toBeGreaterThan(15)
    expect(late.counts.failed).toBeLessThan(70)
    expect(late.deliveredAfterRetry).toBeGreaterThan(15)
  })
})
