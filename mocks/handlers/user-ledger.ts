import type { Backend } from '../db/backend'

/** The user's most recent record in the disclosure ledger: the start of the duty to keep it. */
export function lastDisclosureAt(backend: Backend, userId: string): string | null {
  let last: string | null = null
  for (const d of backend.db.disclosures.all()) {
    if (d.userIds.includes(userId) && (!last || Date.parse(d.disclosedAt) > Date.parse(last)))
      last = d.disclosedAt
  }
  return last
}
