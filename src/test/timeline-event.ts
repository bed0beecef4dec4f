import type { TimelineEvent } from '../shared/api/schemas'

/** A request's timeline event as the server records it, written on one line in a test. */
export function timelineEvent(
  at: string,
  actorId: string,
  action: string,
  facts?: TimelineEvent['facts'],
  reason: string | null = null,
): TimelineEvent {
  return { at, actorId, action, reason, ...(facts && { facts }) }
}
