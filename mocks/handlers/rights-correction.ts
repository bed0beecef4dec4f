import type { z } from '../../src/shared/api/zod'
import {
  correctionInputSchema,
  type CorrectableField,
  type NewIdCardPhoto,
} from '../../src/shared/api/rights-schemas'
import type { PlatformUserRecord, PrivacyRequest } from '../../src/shared/api/schemas'
import { codeHash } from '../db/one-time-codes'
import type { UserDataField } from '../../src/shared/api/enums'
import type { FieldIssue } from '../../src/shared/api/field-issues'
import { validateIdNumber } from '../../src/shared/lib/id-number'
import { withFieldsRestored } from '../../src/shared/lib/user-data'
import { MAINLAND_MOBILE, maskIdNumber, maskPhone } from '../../src/shared/lib/masking'
import type { Backend } from '../db/backend'
import { HttpError } from '../http/route'
import { FieldProblems } from '../http/field-problems'
import { randomCode } from './one-time-code'

type Correction = z.infer<typeof correctionInputSchema>

const NAME_RE = /^[\p{Script=Han}A-Za-z·. ]{2,30}$/u

interface Problem {
  /** What the console words the problem by. */
  issue: FieldIssue
  /** The server's own words, a detail beside them. */
  message: string
}

/** Why a new value cannot be written, or null when it can. */
export function correctionProblem(field: CorrectableField, value: string): Problem | null {
  if (field === 'idNumber') {
    const result = validateIdNumber(value)
    return result.ok ? null : { issue: { code: `id_${result.reason}` }, message: result.message }
  }
  if (field === 'phone')
    return MAINLAND_MOBILE.test(value)
      ? null
      : {
          issue: { code: 'phone_format' },
          message: 'a mainland mobile number: 11 digits starting with 1[3-9]',
        }
  if (field === 'name')
    return NAME_RE.test(value)
      ? null
      : { issue: { code: 'name_format' }, message: 'a name of 2–30 Chinese or Latin letters' }
  return value.length >= 2
    ? null
    : { issue: { code: 'too_short', minimum: 2 }, message: 'at least 2 characters' }
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

const isEmpty = (user: PlatformUserRecord, field: CorrectableField) =>
  (user[field] ?? '').trim() === ''

/**
 * A field is supplemented only where the record holds nothing, and corrected only where it holds
 * a value (policy 6(2)): staff cannot overwrite a value under the name of supplementing it, nor
 * "correct" what was never there.
 */
function checkModes(user: PlatformUserRecord, body: Correction): void {
  const supplementFilled = body.changes.filter(
    (c) => c.mode === 'supplement' && !isEmpty(user, c.field),
  )
  const correctEmpty = body.changes.filter((c) => c.mode !== 'supplement' && isEmpty(user, c.field))
  const problems = new FieldProblems()
  for (const c of supplementFilled)
    problems.add(c.field, 'has_value', 'holds a value: correct it instead of supplementing')
  for (const c of correctEmpty)
    problems.add(c.field, 'is_empty', 'is empty: supplement it instead of correcting')
  if (problems.any) {
    throw new HttpError(
      409,
      supplementFilled.length ? 'FIELD_HAS_VALUE' : 'FIELD_EMPTY',
      `The change does not fit the record: ${Object.entries(problems.fields)
        .map(([f, p]) => `${f} ${p}`)
        .join('; ')}`,
      { fields: problems.fields, issues: problems.issues },
    )
  }
}

/** Checks every change and returns the before/after record (masked) the request keeps. */
export function checkCorrection(
  user: PlatformUserRecord,
  body: Correction,
  at: string,
  by: string,
) {
  checkModes(user, body)
  const fields: Record<string, string> = {}
  const issues: Record<string, FieldIssue> = {}
  for (const change of body.changes) {
    const value = change.field === 'idNumber' ? change.value.toUpperCase() : change.value
    const problem =
      correctionProblem(change.field, value) ??
      (user[change.field] === value
        ? {
            issue: { code: 'same_value' as const },
            message: 'the new value is the same as the current one',
          }
        : null)
    if (problem) {
      fields[change.field] = problem.message
      issues[change.field] = problem.issue
    }
  }
  if (Object.keys(fields).length) {
    throw new HttpError(
      400,
      'VALIDATION_FAILED',
      `The correction cannot be applied: ${Object.entries(fields)
        .map(([f, p]) => `${f}: ${p}`)
        .join('; ')}`,
      { fields, issues },
    )
  }
  return {
    changes: body.changes.map((c) => ({
      field: c.field,
      before: shown(c.field, user[c.field]),
      after: shown(c.field, c.field === 'idNumber' ? c.value.toUpperCase() : c.value),
      mode: c.mode ?? 'correct',
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

// A new phone number is where copy codes and notices will go: before it is written, the user
// proves it is theirs with a code sent to that number (and a second person approves the change).
const CODE_VALID_MS = 10 * 60_000
const CODE_ATTEMPTS = 5

/** Sends a one-time code to the new number; a new code replaces the last one. */
export async function sendPhoneCode(
  backend: Backend,
  request: PrivacyRequest,
  phone: string,
  now: number,
) {
  const user = backend.db.users.get(request.userId)
  if (user?.phone === phone)
    throw new HttpError(400, 'VALIDATION_FAILED', 'The new number is the current one', {
      fields: { phone: 'the new value is the same as the current one' },
      issues: { phone: { code: 'same_value' } },
    })
  const code = randomCode()
  const record = {
    requestId: request.id,
    phone,
    hash: await codeHash(request.id, phone, code),
    sentAt: new Date(now).toISOString(),
    expiresAt: new Date(now + CODE_VALID_MS).toISOString(),
    failedAttempts: 0,
  }
  if (backend.db.correctionCodes.get(request.id))
    await backend.db.correctionCodes.update(request.id, (d) => Object.assign(d, record))
  else await backend.db.correctionCodes.insert(record)
  await backend.db.smsOutbox.insert({
    id: crypto.randomUUID(),
    userId: request.userId,
    to: phone,
    at: record.sentAt,
    text: `【任务易】您正在将账号手机号更正为本号码（申请编号 ${request.id}），验证码 ${code}，10 分钟内有效。如非本人操作，请忽略。`,
  })
  return { requestId: request.id, sentTo: maskPhone(phone), expiresAt: record.expiresAt }
}

/**
 * The re-verification of a new phone number: the code sent to exactly that number, still valid,
 * fewer than five wrong tries. Returns when it was verified; a wrong code is counted.
 */
export async function verifyPhoneCode(
  backend: Backend,
  request: PrivacyRequest,
  phone: string,
  code: string | undefined,
  now: number,
): Promise<string> {
  const sent = backend.db.correctionCodes.get(request.id)
  const reverify = (why: string) =>
    new HttpError(
      409,
      'REVERIFICATION_NEEDED',
      `The new phone number must be re-verified: ${why}`,
      {
        fields: { phoneCode: why },
        issues: { phoneCode: { code: 'resend_code' } },
      },
    )
  if (!sent || sent.phone !== phone) throw reverify('send a code to the new number first')
  if (Date.parse(sent.expiresAt) <= now) throw reverify('the code expired: send a new one')
  if (sent.failedAttempts >= CODE_ATTEMPTS) throw reverify('too many wrong codes: send a new one')
  if (!code)
    throw new HttpError(400, 'VALIDATION_FAILED', 'Enter the code sent to the new number', {
      fields: { phoneCode: 'enter the code sent to the new number' },
      issues: { phoneCode: { code: 'required' } },
    })
  if ((await codeHash(request.id, phone, code)) !== sent.hash) {
    await backend.db.correctionCodes.update(request.id, (d) => {
      d.failedAttempts += 1
    })
    const tried = backend.db.correctionCodes.get(request.id)?.failedAttempts ?? CODE_ATTEMPTS
    throw new HttpError(400, 'WRONG_CODE', 'The code is not right', {
      attemptsLeft: Math.max(0, CODE_ATTEMPTS - tried),
      fields: { phoneCode: 'wrong code' },
      issues: { phoneCode: { code: 'wrong_code' } },
    })
  }
  return new Date(now).toISOString()
}

/**
 * A new ID number is written only against the new card itself (CONTRACT 2026-12: a change of
 * phone or idNumber needs re-verification): photos of its front and back, fingerprinted. Without
 * both, 409 REVERIFICATION_NEEDED, before anything is prepared.
 */
export function requireNewIdCardPhotos(photos: NewIdCardPhoto[] | undefined): NewIdCardPhoto[] {
  const sides = new Set((photos ?? []).map((p) => p.side))
  const missing = (['front', 'back'] as const).filter((side) => !sides.has(side))
  if (missing.length)
    throw new HttpError(
      409,
      'REVERIFICATION_NEEDED',
      `The new ID number must be re-verified: attach photos of the new card (${missing.join(', ')})`,
      {
        fields: { idCardPhotos: `missing: ${missing.join(', ')}` },
        issues: { idCardPhotos: { code: 'incomplete' } },
        missing,
      },
    )
  return photos!
}
