import type { z } from '../../src/shared/api/zod'
import { correctionInputSchema, type CorrectableField } from '../../src/shared/api/rights-schemas'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'
import type { UserDataField } from '../../src/shared/api/enums'
import { validateIdNumber } from '../../src/shared/lib/id-number'
import { withFieldsRestored } from '../../src/shared/lib/user-data'
import { MAINLAND_MOBILE, maskIdNumber, maskPhone } from '../../src/shared/lib/masking'
import type { Backend } from '../db/backend'
import { HttpError } from '../http/route'

type Correction = z.infer<typeof correctionInputSchema>

const NAME_RE = /^[\p{Script=Han}A-Za-z·. ]{2,30}$/u

/** Why a new value cannot be written, or null when it can. */
export function correctionProblem(field: CorrectableField, value: string): string | null {
  if (field === 'idNumber') {
    const result = validateIdNumber(value)
    return result.ok ? null : result.message
  }
  if (field === 'phone')
    return MAINLAND_MOBILE.test(value)
      ? null
      : 'a mainland mobile number: 11 digits starting with 1[3-9]'
  if (field === 'name')
    return NAME_RE.test(value) ? null : 'a name of 2–30 Chinese or Latin letters'
  return value.length >= 2 ? null : 'at least 2 characters'
}

// A value a data plan deleted was nothing before the correction supplies it again.
const shown = (field: CorrectableField, value: string | null) =>
  value === null
    ? '—'
    : field === 'idNumber'
      ? maskIdNumber(value)
      : field === 'phone'
        ? maskPhone(value)
        : value

/** Checks every change and returns the before/after record (masked) the request keeps. */
export function checkCorrection(
  user: PlatformUserRecord,
  body: Correction,
  at: string,
  by: string,
) {
  const fields: Record<string, string> = {}
  for (const change of body.changes) {
    const value = change.field === 'idNumber' ? change.value.toUpperCase() : change.value
    const problem = correctionProblem(change.field, value)
    if (problem) fields[change.field] = problem
    else if (user[change.field] === value)
      fields[change.field] = 'the new value is the same as the current one'
  }
  if (Object.keys(fields).length) {
    throw new HttpError(
      400,
      'VALIDATION_FAILED',
      `The correction cannot be applied: ${Object.entries(fields)
        .map(([f, p]) => `${f}: ${p}`)
        .join('; ')}`,
      { fields },
    )
  }
  return {
    changes: body.changes.map((c) => ({
      field: c.field,
      before: shown(c.field, user[c.field]),
      after: shown(c.field, c.field === 'idNumber' ? c.value.toUpperCase() : c.value),
    })),
    evidence: body.evidence,
    at,
    by,
  }
}

export async function applyCorrection(
  backend: Backend,
  userId: string,
  changes: Correction['changes'],
): Promise<void> {
  await backend.db.users.update(userId, (draft) => {
    const written: UserDataField[] = []
    for (const { field, value } of changes) {
      if (field === 'idNumber') {
        const id = validateIdNumber(value)
        if (id.ok) {
          // The birth date and gender are read from the ID number, so they follow it.
          draft.idNumber = id.normalized
          draft.birthDate = id.birthDate
          draft.gender = id.sex
          written.push('idNumber', 'birthDate', 'gender')
        }
      } else {
        draft[field] = value
        written.push(field)
      }
    }
    // A field the user supplies again after a data plan removed it is on record once more.
    draft.dataDisposition = withFieldsRestored(draft, written).dataDisposition
    draft.version += 1
  })
}
