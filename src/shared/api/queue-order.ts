import type { RequestListParams } from './requests'

// The request queue as its person last saw it (view, filters and sort), so a request opened from
// it can open the next one in that same order. Kept per browser tab, like the session, and
// only for the staff member who saw it. The caller leaves out a name search: personal data.

const KEY = 'pops.queueOrder'
const NOT_KEPT = ['page', 'pageSize']

interface Shown {
  staffId: string
  params: RequestListParams
}

/** Remembers the list the queue shows now, without its page or page size. */
export function rememberQueueOrder(
  staffId: string,
  params: RequestListParams,
  storage: Storage = sessionStorage,
): void {
  const order = Object.fromEntries(Object.entries(params).filter(([k]) => !NOT_KEPT.includes(k)))
  try {
    storage.setItem(KEY, JSON.stringify({ staffId, params: order } satisfies Shown))
  } catch {
    // A full or refused storage leaves "open next" on the queue's default order.
  }
}

/** The list the queue last showed this staff member, or null when it showed none. */
export function lastQueueOrder(
  staffId: string,
  storage: Storage = sessionStorage,
): RequestListParams | null {
  try {
    const shown = JSON.parse(storage.getItem(KEY) ?? 'null') as Shown | null
    return shown && shown.staffId === staffId && typeof shown.params === 'object'
      ? shown.params
      : null
  } catch {
    return null
  }
}
