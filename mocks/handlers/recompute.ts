import { OPEN_STATUSES } from '../../src/shared/api/enums'
import type { SlaSettings } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import { withSla } from './requests'

/**
 * The open requests whose target, deadline or provisional mark would change under `settings`
 * (the stored ones by default) and the calendar as it stands; nothing is changed.
 */
export function openRequestsWithNewDates(
  backend: Backend,
  settings: SlaSettings = backend.settings(),
): string[] {
  const open = new Set(OPEN_STATUSES)
  const dates = (r: { targetAt: unknown; deadlineAt: unknown; calendarProvisional: unknown }) =>
    `${r.targetAt}|${r.deadlineAt}|${r.calendarProvisional}`
  return backend.db.requests
    .all()
    .filter((r) => {
      if (!open.has(r.status)) return false
      const copy = { ...r }
      withSla(backend, copy, settings)
      return dates(copy) !== dates(r)
    })
    .map((r) => r.id)
}

/** After the calendar or the SLA settings change, every open request's dates follow. */
export async function recomputeOpenDeadlines(backend: Backend): Promise<number> {
  const moved = openRequestsWithNewDates(backend)
  for (const id of moved) await backend.db.requests.update(id, (d) => withSla(backend, d))
  return moved.length
}
