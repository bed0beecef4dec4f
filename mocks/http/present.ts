import type { PlatformUser, PrivacyRequest, RequestListItem } from '../../src/shared/api/schemas'
import { maskIdNumber, maskName, maskPhone } from '../../src/shared/lib/masking'

// What leaves the server: ID and phone numbers always masked (CONTRACT: Personal data masking).

export function presentUser(user: PlatformUser): PlatformUser {
  return {
    ...user,
    phone: maskPhone(user.phone),
    idNumber: maskIdNumber(user.idNumber),
    guardian: user.guardian
      ? { ...user.guardian, phone: maskPhone(user.guardian.phone), idNumber: maskIdNumber(user.guardian.idNumber) }
      : null,
  }
}

export function presentListItem(request: PrivacyRequest, user: PlatformUser | undefined): RequestListItem {
  const { timeline: _t, notes: _n, identityChecks: _i, details: _d, decision: _c, feeQuotes: _f, ...rest } = request
  return {
    ...rest,
    duplicateOf: request.duplicateOf ?? null,
    userName: user ? maskName(user.name) : '—',
    userPhone: user ? maskPhone(user.phone) : '—',
  }
}

export function presentRequest(request: PrivacyRequest, user: PlatformUser) {
  return { ...request, duplicateOf: request.duplicateOf ?? null, user: presentUser(user) }
}
