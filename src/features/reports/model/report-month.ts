const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/** The month of `now` in Asia/Shanghai (UTC+8 all year), written YYYY-MM. */
export function currentMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)
}

/** The month in the URL when it is a real month not after the current one, else the current month. */
export function readMonth(params: URLSearchParams, now: Date = new Date()): string {
  const asked = params.get('month')
  const current = currentMonth(now)
  return asked && MONTH_RE.test(asked) && asked <= current ? asked : current
}

/** The current month and the `count - 1` before it, newest first. */
export function recentMonths(count: number, now: Date = new Date()): string[] {
  const [y, m] = currentMonth(now).split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const index = (y ?? 1970) * 12 + (m ?? 1) - 1 - i
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}
