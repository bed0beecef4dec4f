import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../shared/api/api-error'
import { calendarQueries } from '../../../shared/api/calendar'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'

export type CalendarUpdate =
  { text: string } | { holidays: Record<string, string>; workdays: Record<string, string> }

export interface CalendarParseProblem {
  line: number
  message: string
}

/**
 * The server validates the whole year; any bad line means nothing was applied. `version` is the
 * year as loaded (0 for a year not stored yet): a change made meanwhile answers 412.
 */
export function useSaveCalendar(year: number, version: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CalendarUpdate) =>
      callEndpoint(adminEndpoints.saveCalendarYear, {
        params: { year: String(year) },
        body,
        version,
      }),
    onError: (error) => {
      if (isApiError(error, 412))
        void queryClient.invalidateQueries({ queryKey: calendarQueries.all() })
    },
    // Deadlines of open requests were recomputed on the server: lists and details follow.
    meta: { invalidates: [calendarQueries.all(), requestQueries.all()] },
  })
}

/** The bad lines a 400 from PUT /api/calendar/{year} carries in details.errors. */
export function calendarProblems(
  details: Record<string, unknown> | undefined,
): CalendarParseProblem[] {
  const errors = details?.errors
  if (!Array.isArray(errors)) return []
  return errors.flatMap((e: unknown) => {
    if (!e || typeof e !== 'object') return []
    const { line, message } = e as { line?: unknown; message?: unknown }
    return typeof line === 'number' && typeof message === 'string' ? [{ line, message }] : []
  })
}
