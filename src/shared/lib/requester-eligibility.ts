import type { AgeGroup, RequesterType } from '../api/enums'

// Who may act for a user (CONTRACT 2026-12; policy 6(4), PIPL art. 49): a guardian only for a
// user under 18, a close relative only for a user recorded as deceased. A living adult's data
// never goes to anyone by these paths. The server refuses the request at intake and at the
// identity check; the intake form says so before it is sent.

export type RequesterIneligibility =
  'guardian_for_adult' | 'guardian_age_unknown' | 'next_of_kin_for_living'

export function requesterIneligibility(
  requesterType: RequesterType,
  user: { ageGroup: AgeGroup | null; deceased: boolean },
): RequesterIneligibility | null {
  if (requesterType === 'guardian' && user.ageGroup === 'adult') return 'guardian_for_adult'
  // The birth date was deleted by a data plan: nothing shows the user is still a minor.
  if (requesterType === 'guardian' && user.ageGroup === null) return 'guardian_age_unknown'
  // `deceased` is set only once the death evidence is recorded on the user.
  if (requesterType === 'next_of_kin' && !user.deceased) return 'next_of_kin_for_living'
  return null
}
