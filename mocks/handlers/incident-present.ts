import type {
  AffectedUser,
  Delivery,
  DeliveryRecord,
  Incident,
} from '../../src/shared/api/incident-schemas'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'
import { maskName, maskPhone } from '../../src/shared/lib/masking'
import type { Database } from '../db/database'
import { deliveryState } from './incident-delivery'

// What the incident endpoints say about users (CONTRACT: Personal data masking): names and
// phone numbers always masked.

/** What leaves the server about a user of an incident: never an unmasked name or phone. */
export function presentAffected(user: PlatformUserRecord | undefined, userId: string) {
  return {
    userId,
    name: user ? maskName(user.name) : '—',
    phone: user?.phone ? maskPhone(user.phone) : '—',
    region: user?.region ?? '—',
  }
}

export function presentDelivery(
  db: Database,
  incident: Incident,
  record: DeliveryRecord,
  now: number,
): Delivery {
  const campaign = incident.campaigns.find((c) => c.id === record.campaignId)
  const channel = campaign?.channel ?? 'sms'
  const user = db.users.get(record.userId)
  const state = deliveryState(record, channel, now)
  // The address the gateway used, as far as staff need to see it.
  const address =
    channel === 'letter'
      ? (user?.region ?? '—')
      : channel === 'push'
        ? 'app'
        : channel === 'email'
          ? 'account_email'
          : user?.phone
            ? maskPhone(user.phone)
            : '—'
  return {
    campaignId: record.campaignId,
    channel,
    userId: record.userId,
    name: user ? maskName(user.name) : '—',
    address,
    ...state,
  }
}

export function presentAffectedRecord(
  db: Database,
  link: { userId: string; source: AffectedUser['source']; addedAt: string; addedBy: string },
): AffectedUser {
  const { userId, ...rest } = presentAffected(db.users.get(link.userId), link.userId)
  return { userId, ...rest, source: link.source, addedAt: link.addedAt, addedBy: link.addedBy }
}
