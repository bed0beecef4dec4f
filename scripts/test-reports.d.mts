export interface Counts {
  passed: number
  failed: number
}
export interface Failure {
  /** File and title. */
  where: string
  /** The first line of the error. */
  why: string
}
export function vitestCounts(report: string): Counts
export function playwrightCounts(report: string): Counts
export function vitestFailures(report: string): Failure[]
export function playwrightFailures(report: string): Failure[]
