import { CONSENT_KEYS } from '../../src/shared/api/enums'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'
import { type ConsentOverview } from '../../src/shared/api/rights-schemas'
import { detailsOf } from '../../src/shared/api/request-details'
import type { UserData } from '../../src/shared/lib/copy-package'
import type { Backend } from '../db/backend'
import { loadUser } from './requests'

// What the platform holds about a user, read from the live records: the access answer (policy
// 6(1)) states it category by category, and a copy (6(7)) is built from it.

/** Current state of the four permissions and every withdrawal recorded on the user's requests. */
export function consentOverview(backend: Backend, userId: string): ConsentOverview {
  const user = loadUser(backend, userId)
  const history: ConsentOverview['history'] = []
  for (const r of backend.db.requests.all()) {
    if (r.userId !== userId) continue
    const record = detailsOf(r, 'consent_withdrawal')?.withdrawal
    if (!record) continue
    for (const key of record.keys)
      history.push({
        key,
        granted: false,
        at: record.at,
        requestId: r.id,
        actorId: record.by,
      })
  }
  for (const key of CONSENT_KEYS) {
    const state = user.consents[key]
    if (state?.granted)
      history.push({ key, granted: true, at: state.changedAt, requestId: null, actorId: 'app' })
  }
  history.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  const consents = CONSENT_KEYS.map((key) => ({
    key,
    granted: user.consents[key]?.granted ?? false,
    changedAt: user.consents[key]?.changedAt ?? user.registeredAt,
  }))
  return { consents, history }
}

/**
 * Categories a carried-out data plan deleted, anonymised or (once kept) purged, as the user record
 * itself says in its dataDisposition: the first time each went.
 */
function removedCategories(user: PlatformUserRecord): UserData['removed'] {
  const removed: UserData['removed'] = {}
  for (const d of user.dataDisposition) {
    if (d.status === 'kept') continue
    const earlier = removed[d.category]
    if (!earlier || earlier.at > d.at) removed[d.category] = { requestId: d.requestId, at: d.at }
  }
  return removed
}

export function userDataFor(backend: Backend, userId: string): UserData {
  const user = loadUser(backend, userId)
  return {
    user,
    disclosures: backend.db.disclosures.all(),
    activity: backend.db.accountActivity.get(userId) ?? null,
    consents: consentOverview(backend, userId),
    removed: removedCategories(user),
  }
}
