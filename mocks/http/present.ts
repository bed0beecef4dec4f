import type {
  PlatformUser,
  PlatformUserRecord,
  PrivacyRequest,
  RequestListItem,
} from '../../src/shared/api/schemas'
import { ageGroupToday } from '../../src/shared/lib/id-number'
import { maskIdNumber, maskPhone } from '../../src/shared/lib/masking'
import { listedName } from '../../src/shared/lib/user-data'

// What leaves the server: ID and phone numbers always masked, and the age group in place of the
// birth date, which would rebuild a masked ID number (CONTRACT: Personal data masking).

// A field a data plan removed stays null: what removed it is in `dataDisposition`.
export function presentUser({ birthDate, ...user }: PlatformUserRecord): PlatformUser {
  return {
    ...user,
    ageGroup: birthDate === null ? null : ageGroupToday(birthDate),
    phone: user.phone === null ? null : maskPhone(user.phone),
    idNumber: user.idNumber === null ? null : maskIdNumber(user.idNumber),
    guardian: user.guardian
      ? {
          ...user.guardian,
          phone: maskPhone(user.guardian.phone),
          idNumber: maskIdNumber(user.guardian.idNumber),
        }
      : null,
  }
}

export function presentListItem(
  request: PrivacyRequest,
  user: PlatformUserRecord | undefined,
): RequestListItem {
  const {
    timeline: _t,
    notes: _n,
    identityChecks: _i,
    details: _d,
    decision: _c,
    feeQuotes: _f,
    ...rest
  } = request
  return {
    ...rest,
    duplicateOf: request.duplicateOf ?? null,
    userName: user ? listedName(user.name) : '—',
    userPhone: user?.phone ? maskPhone(user.phone) : '—',
  }
}

export function presentRequest(request: PrivacyRequest, user: PlatformUserRecord) {
  return { ...request, duplicateOf: request.duplicateOf ?? null, user: presentUser(user) }
}
