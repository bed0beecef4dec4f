import { useQueries, type QueryClient } from '@tanstack/react-query'
import { z } from './zod'
import { WorkingDayCalendar } from '../lib/working-days'
import { endpointQuery } from './endpoint-query'
import { calendarYearSchema } from './schemas'
import { adminEndpoints } from './endpoints/admin'

export const calendarQueries = {
  all: () => ['calendar'] as const,
  status: () => ({
    ...endpointQuery([...calendarQueries.all(), 'status'], adminEndpoints.calendar),
    staleTime: 5 * 60_000,
  }),
  year: (year: number) => ({
    ...endpointQuery([...calendarQueries.all(), 'year', year], adminEndpoints.calendarYear, {
      params: { year: String(year) },
    }),
    staleTime: 5 * 60_000,
  }),
}

type CalendarYearDto = z.infer<typeof calendarYearSchema>

// The calendar index is rebuilt only when one of the years it was built from changed.
let built: { from: (CalendarYearDto | undefined)[]; calendar: WorkingDayCalendar } | null = null
function combine(
  results: { data: CalendarYearDto | undefined; isSuccess: boolean }[],
): WorkingDayCalendar | null {
  if (!results.every((r) => r.isSuccess)) return null
  const from = results.map((r) => r.data)
  if (built && built.from.length === from.length && built.from.every((d, i) => d === from[i]))
    return built.calendar
  const calendar = new WorkingDayCalendar(
    from.filter((y): y is CalendarYearDto => Boolean(y?.loaded)),
  )
  built = { from, calendar }
  return calendar
}

/**
 * The official calendar around today, from the server (the authority), so the UI's "working
 * days left" agree with the deadlines the server computed.
 */
export function useWorkingCalendar(today: Date = new Date()): WorkingDayCalendar | null {
  return useQueries({ queries: yearsAround(today).map((y) => calendarQueries.year(y)), combine })
}

function yearsAround(today: Date): number[] {
  const year = today.getFullYear()
  return [year - 1, year, year + 1]
}

/** Asks for what every signed-in screen shows (the calendar banner, deadlines in working days) ahead of drawing it. */
export function prefetchCalendar(
  queryClient: QueryClient,
  today: Date = new Date(),
): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchQuery(calendarQueries.status()),
    ...yearsAround(today).map((y) => queryClient.prefetchQuery(calendarQueries.year(y))),
  ])
}
