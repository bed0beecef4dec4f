import { z } from './zod'
import { maskFreeText } from '../lib/masking'

// CONTRACT (Personal data masking): free text is masked at write time. Masking is part of
// parsing, so a handler only ever sees, stores, audits and exports the masked text, and a test
// (mocks/free-text.test.ts) fails for any request body string that is neither free text nor
// listed there as structured.

const FREE_TEXT = new WeakSet<object>()

/** A string a person types: trimmed, with phone and ID numbers in it masked, then `checks`. */
export function freeText(...checks: z.core.$ZodCheck<string>[]) {
  const schema = z.string().check(z.trim(), z.overwrite(maskFreeText), ...checks)
  FREE_TEXT.add(schema)
  return schema
}

export function isFreeText(schema: object): boolean {
  return FREE_TEXT.has(schema)
}
