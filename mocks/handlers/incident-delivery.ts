import type {
  Campaign,
  CampaignProgress,
  DeliveryCounts,
  DeliveryFailure,
  DeliveryRecord,
  DeliveryStatus,
  IncidentChannel,
} from '../../src/shared/api/incident-schemas'

// The notification gateway, simulated. A delivery's state is a pure function of its attempt's
// start time, the time now and a pseudo-random draw seeded by campaign, user and attempt: every
// tab and every reload sees the same progress, and nothing is written while time passes.

const QUEUE_MS = [300, 1500] as const
const SEND_MS = [300, 1800] as const
/** The gateway's own automatic retry of a transient failure. */
const GATEWAY_RETRY_MS = 1500

const FAILURES: Record<IncidentChannel, readonly DeliveryFailure[]> = {
  sms: ['unreachable', 'rejected'],
  phone: ['no_answer', 'unreachable'],
  email: ['bounced', 'rejected'],
  push: ['no_device'],
  letter: ['returned'],
}

// FNV-1a then mulberry32: small, fast and stable across engines.
function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function draws(seed: number, count: number): number[] {
  let a = seed
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    out.push(((t ^ (t >>> 14)) >>> 0) / 4294967296)
  }
  return out
}

export interface DeliveryState {
  status: DeliveryStatus
  attempts: number
  failure: DeliveryFailure | null
  updatedAt: string
}

/** Where one delivery stands at `now`. A retry by staff (attempt > 1) succeeds less often. */
export function deliveryState(
  record: DeliveryRecord,
  channel: IncidentChannel,
  now: number,
): DeliveryState {
  const [u1, u2, u3, u4] = draws(
    seedOf(`${record.campaignId}:${record.userId}:${record.attempt}`),
    4,
  ) as [number, number, number, number]
  const start = Date.parse(record.attemptAt)
  const sendAt = start + QUEUE_MS[0] + u1 * (QUEUE_MS[1] - QUEUE_MS[0])
  const resultAt = sendAt + SEND_MS[0] + u2 * (SEND_MS[1] - SEND_MS[0])
  const [deliverBelow, transientBelow] = record.attempt === 1 ? [0.8, 0.9] : [0.55, 0.7]
  const earlier = record.attempt - 1
  const at = (ms: number) => new Date(Math.round(ms)).toISOString()
  if (now < sendAt)
    return { status: 'queued', attempts: earlier + 1, failure: null, updatedAt: record.attemptAt }
  if (now < resultAt)
    return { status: 'sending', attempts: earlier + 1, failure: null, updatedAt: at(sendAt) }
  if (u3 < deliverBelow)
    return { status: 'delivered', attempts: earlier + 1, failure: null, updatedAt: at(resultAt) }
  if (u3 < transientBelow) {
    const retriedAt = resultAt + GATEWAY_RETRY_MS
    if (now < retriedAt)
      return { status: 'retrying', attempts: earlier + 1, failure: null, updatedAt: at(resultAt) }
    return { status: 'delivered', attempts: earlier + 2, failure: null, updatedAt: at(retriedAt) }
  }
  const reasons = FAILURES[channel]
  return {
    status: 'failed',
    attempts: earlier + 1,
    failure: reasons[Math.floor(u4 * reasons.length)] ?? reasons[0]!,
    updatedAt: at(resultAt),
  }
}

export function emptyCounts(): DeliveryCounts {
  return { queued: 0, sending: 0, retrying: 0, delivered: 0, failed: 0 }
}

export function campaignProgress(
  campaign: Campaign,
  deliveries: DeliveryRecord[],
  now: number,
): CampaignProgress {
  const counts = emptyCounts()
  let deliveredAfterRetry = 0
  for (const d of deliveries) {
    const state = deliveryState(d, campaign.channel, now)
    counts[state.status]++
    if (state.status === 'delivered' && state.attempts > 1) deliveredAfterRetry++
  }
  return {
    ...campaign,
    counts,
    deliveredAfterRetry,
    settled: counts.queued + counts.sending + counts.retrying === 0,
  }
}
