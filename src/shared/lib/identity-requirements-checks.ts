import type { AgeGroup, IdentityAutoCheckKey, IdNumberProblem, RequesterType } from '../api/enums'
import { validateIdNumber } from './id-number'
import { maskIdNumber } from './masking'

// The automatic checks shown next to identity evidence. The server runs them against the
// account's real records; the panel runs the same code against what it may see (masked values)
// as a preview.

export interface AutoCheck {
  key: IdentityAutoCheckKey
  ok: boolean
  /** Why an ID number is invalid. */
  problem: IdNumberProblem | null
  /**
   * The user's age group for the age check. Never the birth date an ID number encodes: a stored
   * check would carry it beside the masked number it rebuilds.
   */
  value: string | null
}

function realDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The exact reason an ID number is not valid, or null when it is. */
export function idNumberProblem(raw: string, today?: string): IdNumberProblem | null {
  const result = validateIdNumber(raw, today)
  if (result.ok) return null
  if (result.reason !== 'birth_date') return result.reason
  const digits = raw.trim().slice(6, 14)
  if (!realDate(digits)) return 'birth_date_impossible'
  return digits < '19000101' ? 'birth_date_before_1900' : 'birth_date_future'
}

/**
 * Whether an entered ID number is the one on record. Against a masked record (the panel's
 * preview) only the kept characters can be compared; the server compares the whole number.
 */
export function sameIdNumber(entered: string, onRecord: string | null): boolean {
  // An ID number a data plan deleted matches nothing.
  if (onRecord === null) return false
  const normalized = entered.trim().toUpperCase()
  if (!onRecord.includes('*')) return normalized === onRecord.trim().toUpperCase()
  return maskIdNumber(normalized) === onRecord
}

export interface AutoCheckInput {
  requesterType: RequesterType
  /** Name and ID number the requester gave for the real-name check. */
  subject?: { name: string; idNumber: string }
  requesterIdNumber?: string
  /** What the account holds; the ID number and age group are null once a data plan deleted them. */
  account: { name: string; idNumber: string | null; ageGroup: AgeGroup | null }
  guardianIdNumber: string | null
  /** Asia/Shanghai date, YYYY-MM-DD. */
  today: string
}

function idCheck(key: IdentityAutoCheckKey, raw: string, today: string): AutoCheck {
  const problem = idNumberProblem(raw, today)
  return { key, ok: problem === null, problem, value: null }
}

export function automaticChecks(input: AutoCheckInput): AutoCheck[] {
  const { account, today } = input
  const checks: AutoCheck[] = []
  if (input.subject) {
    const valid = idCheck('id_number_valid', input.subject.idNumber, today)
    checks.push(valid)
    checks.push({
      key: 'name_matches',
      ok: input.subject.name.trim() === account.name.trim(),
      problem: null,
      value: null,
    })
    checks.push({
      key: 'id_number_matches',
      ok: valid.ok && sameIdNumber(input.subject.idNumber, account.idNumber),
      problem: null,
      value: null,
    })
  }
  // A guardian may act only for a minor (policy 6(4)); anyone else acting for a minor is flagged.
  const adult = account.ageGroup === 'adult'
  const minor = account.ageGroup !== null && !adult
  checks.push({
    key: 'user_age',
    ok: input.requesterType === 'guardian' ? minor : adult,
    problem: null,
    value: account.ageGroup,
  })
  if (input.requesterIdNumber !== undefined) {
    const valid = idCheck('requester_id_valid', input.requesterIdNumber, today)
    checks.push(valid)
    if (input.requesterType === 'guardian' && input.guardianIdNumber) {
      checks.push({
        key: 'requester_is_guardian_on_record',
        ok: valid.ok && sameIdNumber(input.requesterIdNumber, input.guardianIdNumber),
        problem: null,
        value: null,
      })
    }
  }
  return checks
}
