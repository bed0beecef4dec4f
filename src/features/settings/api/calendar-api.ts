import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../shared/api/api-error'
import { calendarQueries } from '../../../shared/api/calendar'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'
import { CALENDAR_PROBLEMS, type CalendarProblem } from '../../../shared/lib/calendar-year-json'

export type CalendarUpdate =
  { text: string } | { holidays: Record<string, string>; workdays: Record<string, string> }

export interface CalendarParseProblem {
  line: number
  /** What is wrong, for the console's words; null for a problem this console does not know. */
  problem: CalendarProblem | null
  list?: 'holidays' | 'workdays'
  date?: string
  /** The server's own words: shown only when the console has none of its own. */
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
    const { line, message, problem, list, date } = e as Record<string, unknown>
    if (typeof line !== 'number' || typeof message !== 'string') return []
    return [
      {
        line,
        message,
        problem: CALENDAR_PROBLEMS.includes(problem as CalendarProblem)
          ? (problem as CalendarProblem)
          : null,
        list: list === 'holidays' || list === 'workdays' ? list : undefined,
        date: typeof date === 'string' ? date : undefined,
      },
    ]
  })
}
