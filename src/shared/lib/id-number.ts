import type { AgeGroup } from '../api/enums'
import { calendarDateParts, daysInMonth } from './working-days'

export type IdNumberResult =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female'; regionCode: string }
  | { ok: false; reason: 'length' | 'format' | 'birth_date' | 'checksum'; message: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

const FIRST17_RE = /^\d{17}$/
// A region code never starts with 0 (province codes are 11–82).
const ID_RE = /^[1-9]\d{16}[\dX]$/
const DATE_RE = /^(\d{4})-?(\d{2})-?(\d{2})$/

// Accepts YYYY-MM-DD or YYYYMMDD; returns YYYY-MM-DD or null for an impossible date.
function normalizeDate(raw: string): string | null {
  const m = DATE_RE.exec(raw)
  return m && calendarDateParts(m) ? `${m[1]}-${m[2]}-${m[3]}` : null
}

// The business day is Asia/Shanghai's: a birth date "today" in China is not in the future.
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!FIRST17_RE.test(first17)) throw new RangeError('Expected exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

export function validateIdNumber(raw: string, today?: string): IdNumberResult {
  const normalized = raw.trim().toUpperCase()
  if (normalized.length !== 18) {
    return { ok: false, reason: 'length', message: 'ID number must have 18 characters' }
  }
  if (!ID_RE.test(normalized)) {
    return {
      ok: false,
      reason: 'format',
      message: 'ID number must be 17 digits followed by a digit or X',
    }
  }
  const birthDate = normalizeDate(normalized.slice(6, 14))
  if (birthDate === null) {
    return {
      ok: false,
      reason: 'birth_date',
      message: 'Birth date in ID number is not a real date',
    }
  }
  const todayDate = today === undefined ? shanghaiToday() : normalizeDate(today)
  if (todayDate === null) throw new RangeError(`Not a date: ${today}`)
  if (birthDate < '1900-01-01') {
    return { ok: false, reason: 'birth_date', message: 'Birth date in ID number is before 1900' }
  }
  if (birthDate > todayDate) {
    return { ok: false, reason: 'birth_date', message: 'Birth date in ID number is in the future' }
  }
  if (idCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'checksum', message: 'ID number check character is wrong' }
  }
  return {
    ok: true,
    normalized,
    birthDate,
    sex: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: normalized.slice(0, 6),
  }
}

/** A valid 18-character ID number, for seeding test data. */
export function makeIdNumber(region: string, birth: string, seq3: string): string {
  if (!/^[1-9]\d{5}$/.test(region))
    throw new RangeError('region must be 6 digits, not starting with 0')
  if (!/^\d{8}$/.test(birth) || normalizeDate(birth) === null) {
    throw new RangeError('birth must be a real date written YYYYMMDD')
  }
  if (!/^\d{3}$/.test(seq3)) throw new RangeError('seq3 must be 3 digits')
  const first17 = region + birth + seq3
  return first17 + idCheckChar(first17)
}

/**
 * Age in completed years on `onDate`. The day of birth is not counted, so a person reaches an age
 * on the day after the birthday (Civil Code arts. 201–203); where the birthday has no match in
 * the year (29 February in a common year) the month's last day stands for it (art. 202).
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = normalizeDate(birthDate)
  const on = normalizeDate(onDate)
  if (birth === null || on === null) throw new RangeError('Dates must be YYYY-MM-DD or YYYYMMDD')
  const year = Number(on.slice(0, 4))
  const month = Number(birth.slice(5, 7))
  const day = Math.min(Number(birth.slice(8, 10)), daysInMonth(year, month))
  const birthday = `${birth.slice(5, 7)}-${String(day).padStart(2, '0')}`
  const years = year - Number(birth.slice(0, 4))
  return on.slice(5) <= birthday ? years - 1 : years
}

/** The age group staff see in place of a birth date. */
export function ageGroupOn(birthDate: string, onDate: string): AgeGroup {
  const age = ageOn(birthDate, onDate)
  return age < 14 ? 'under_14' : age < 18 ? 'minor' : 'adult'
}

/** The age group on today's Asia/Shanghai date. */
export function ageGroupToday(birthDate: string): AgeGroup {
  return ageGroupOn(birthDate, shanghaiToday())
}
