import { z } from './zod'

// Fields the API takes as input, with the bounds of the contract's 2026-12 amendment: every string
// has a maximum length (published in the OpenAPI document), and no timestamp or date is earlier
// than 2000-01-01 (Asia/Shanghai), a year before any record the platform can hold.

export const EARLIEST_DATE = '2000-01-01'
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00+08:00`)

/** `2026-10-08T09:30:00+08:00`; the longest legal form, with nanoseconds, has 35 characters. */
export const timestampInput = z.iso.datetime({ offset: true }).check(
  z.maxLength(40),
  z.refine((v) => !(Date.parse(v) < EARLIEST_MS), `not before ${EARLIEST_DATE}`),
)

/** A calendar day, `YYYY-MM-DD`. */
export const dateInput = z.iso.date().check(
  z.maxLength(10),
  z.refine((v) => v >= EARLIEST_DATE, `not before ${EARLIEST_DATE}`),
)
