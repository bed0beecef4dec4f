import type { DataCategory } from '../../src/shared/api/enums'
import type { AffectedCriteria } from '../../src/shared/api/incident-schemas'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'
import type { Database } from '../db/database'
import { HttpError } from '../http/route'

/**
 * Whether the platform holds data of this category about the user: some categories exist for
 * everyone, others only with the consent or the activity that produces them (policy section 1).
 */
export function holdsCategory(
  user: PlatformUserRecord,
  category: DataCategory,
  disclosed: Set<string>,
): boolean {
  switch (category) {
    case 'device_logs':
      return user.consents.systemLogs?.granted ?? false
    case 'account_list':
      return user.consents.accountList?.granted ?? false
    case 'marketing_profile':
      return user.consents.marketing?.granted ?? false
    case 'location':
      return user.roles.includes('worker')
    case 'payments':
      return user.walletBalance > 0 || user.withdrawalArranged || user.roles.includes('worker')
    case 'disclosure_records':
      return disclosed.has(user.id)
    default:
      return true
  }
}

const dayStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`)
const dayEnd = (date: string) => Date.parse(`${date}T23:59:59.999+08:00`)

/** The users a query selects; at least one criterion, so nobody selects the whole user base by accident. */
export function matchingUsers(db: Database, criteria: AffectedCriteria): PlatformUserRecord[] {
  const given = Object.values(criteria).filter((v) => v !== undefined)
  if (given.length === 0) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'Choose at least one criterion', {
      fields: { '(root)': 'at least one criterion' },
      issues: { '(root)': { code: 'too_few', minimum: 1 } },
    })
  }
  if (
    criteria.registeredFrom &&
    criteria.registeredTo &&
    criteria.registeredFrom > criteria.registeredTo
  ) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'The date range ends before it starts', {
      fields: { registeredTo: 'must not be before registeredFrom' },
      issues: { registeredTo: { code: 'out_of_order' } },
    })
  }
  const disclosed = new Set(
    criteria.dataCategory === 'disclosure_records'
      ? db.disclosures.all().flatMap((d) => d.userIds)
      : [],
  )
  const from = criteria.registeredFrom ? dayStart(criteria.registeredFrom) : null
  const to = criteria.registeredTo ? dayEnd(criteria.registeredTo) : null
  return db.users.all().filter((u) => {
    if (criteria.region && u.region !== criteria.region) return false
    if (criteria.role && !u.roles.includes(criteria.role)) return false
    if (criteria.accountStatus && u.accountStatus !== criteria.accountStatus) return false
    if (criteria.dataCategory && !holdsCategory(u, criteria.dataCategory, disclosed)) return false
    const registered = Date.parse(u.registeredAt)
    if (from !== null && registered < from) return false
    if (to !== null && registered > to) return false
    return true
  })
}
