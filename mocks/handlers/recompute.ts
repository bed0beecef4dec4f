import { OPEN_STATUSES } from '../../src/shared/api/enums'
import type { Backend } from '../db/backend'
import { withSla } from './requests'

/** After the calendar or the SLA settings change, every open request's dates follow. */
export async function recomputeOpenDeadlines(backend: Backend): Promise<number> {
  const open = new Set(OPEN_STATUSES)
  let changed = 0
  for (const r of backend.db.requests.all()) {
    if (!open.has(r.status)) continue
    const before = `${r.targetAt}|${r.deadlineAt}|${r.calendarProvisional}`
    const copy = { ...r }
    withSla(backend, copy)
    if (`${copy.targetAt}|${copy.deadlineAt}|${copy.calendarProvisional}` === before) continue
    await backend.db.requests.update(r.id, (d) => withSla(backend, d))
    changed++
  }
  return changed
}
