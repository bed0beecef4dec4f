// CONTRACT (2026-12): the console shows its own text for each field error. Beside the server's
// words in `details.fields` (in any language), a 400 names each field's problem by a code in
// `details.issues`, with the numbers its text needs; the console words the code.

export const FIELD_ISSUE_CODES = [
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid',
  'id_length',
  'id_format',
  'id_birth_date',
  'id_checksum',
  'phone_format',
  'name_format',
  'same_value',
  'incomplete',
  'checks_failed',
  'in_future',
  'out_of_order',
  'not_found',
  'duplicate',
  'taken',
  'not_applicable',
  'not_assignable',
  'own_account',
  'wrong_code',
  'resend_code',
  'already_withdrawn',
  'not_on_file',
  'empty',
  'has_value',
  'is_empty',
  'retention_rule',
] as const
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number]

export interface FieldIssue {
  code: FieldIssueCode
  minimum?: number
  maximum?: number
}

const isCode = (code: unknown): code is FieldIssueCode =>
  FIELD_ISSUE_CODES.includes(code as FieldIssueCode)
const numberOrNot = (n: unknown) => (typeof n === 'number' ? n : undefined)

/** The issues of an error's details, by field path; a code the console does not know is left out. */
export function fieldIssuesOf(details: Record<string, unknown> | undefined) {
  const issues = details?.issues
  const out: Record<string, FieldIssue> = {}
  if (!issues || typeof issues !== 'object') return out
  for (const [field, raw] of Object.entries(issues as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object') continue
    const { code, minimum, maximum } = raw as Record<string, unknown>
    if (isCode(code))
      out[field] = { code, minimum: numberOrNot(minimum), maximum: numberOrNot(maximum) }
  }
  return out
}
