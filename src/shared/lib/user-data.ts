import type { DataCategory, RetentionState, UserDataField } from '../api/enums'
import type { PurgeHold } from '../api/retention-schemas'
import type { DataDisposition, DataPlanItem, PlatformUserRecord } from '../api/schemas'
import { maskName } from './masking'

// What carrying out a data plan does to the user record (CONTRACT 2026-12): a deleted or
// anonymised category is gone from the record, not hidden, and the record says what was removed,
// when and under which request; a kept category carries its duty and purge date until it is
// purged. Used by the server (which changes the record) and by the console (which shows it).

/**
 * The fields of the user record each category holds. Device logs, task history, the account list,
 * the marketing profile, payments and disclosure records live in other systems (logs, the task
 * and payment ledgers, the disclosure ledger): the record only says what became of them.
 */
export const CATEGORY_FIELDS: Record<DataCategory, readonly UserDataField[]> = {
  profile: ['name', 'gender'],
  identity: ['idNumber', 'birthDate', 'guardian'],
  contact: ['phone'],
  location: ['region'],
  device_logs: [],
  task_history: [],
  account_list: [],
  marketing_profile: [],
  payments: [],
  disclosure_records: [],
}

/** The name an anonymised profile keeps: the kept task and payment records still refer to the account. */
export const ANONYMOUS_NAME = '匿名用户'

/** A name as lists show it: masked, unless it is the placeholder, which identifies no one. */
export function listedName(name: string): string {
  return name === ANONYMOUS_NAME ? name : maskName(name)
}

/** The province (or municipality, autonomous region) of an address, which identifies no one. */
export function provinceOf(region: string): string {
  return /^.+?(省|自治区|特别行政区|市)/.exec(region)?.[0] ?? ''
}

type Fields = Pick<PlatformUserRecord, UserDataField>

/**
 * What a removed field holds afterwards: nothing, except the name, which every record needs and
 * which becomes a placeholder, and an anonymised region, which keeps only its province.
 */
function removedValue(
  field: UserDataField,
  action: 'delete' | 'anonymise',
  user: Fields,
): Fields[UserDataField] {
  if (field === 'name') return ANONYMOUS_NAME
  if (field === 'region' && action === 'anonymise' && user.region)
    return provinceOf(user.region) || null
  return null
}

function held(user: Fields, field: UserDataField): boolean {
  return user[field] !== null && !(field === 'name' && user.name === ANONYMOUS_NAME)
}

export interface Step {
  requestId: string
  at: string
  /** A staff id, or `system` for the purge job. */
  by: string
}

function withEntry(
  user: PlatformUserRecord,
  entry: DataDisposition,
  values: Partial<Fields>,
): PlatformUserRecord {
  const others = user.dataDisposition.filter((d) => d.category !== entry.category)
  return { ...user, ...values, dataDisposition: [...others, entry] }
}

/**
 * The record once one category of a data plan was carried out. Deleting empties the category's
 * fields; anonymising replaces them by values that identify no one; keeping records the duty and
 * the purge date. Data already gone stays recorded as removed when it was.
 */
export function withCategoryDisposed(
  user: PlatformUserRecord,
  item: Pick<DataPlanItem, 'category' | 'action' | 'duty' | 'retainFrom' | 'purgeOn'>,
  step: Step,
): PlatformUserRecord {
  const previous = user.dataDisposition.find((d) => d.category === item.category)
  const base = { category: item.category, requestId: step.requestId, at: step.at, by: step.by }
  if (item.action === 'keep') {
    // Two duties over the same data: it stays until the later purge date.
    if (previous?.status === 'kept' && (previous.purgeOn ?? '') >= (item.purgeOn ?? '')) return user
    return withEntry(
      user,
      {
        ...base,
        status: 'kept',
        fields: [],
        duty: item.duty,
        retainFrom: item.retainFrom,
        purgeOn: item.purgeOn,
      },
      {},
    )
  }
  const fields = CATEGORY_FIELDS[item.category].filter((f) => held(user, f))
  if (fields.length === 0 && previous && previous.status !== 'kept') return user
  const values: Partial<Fields> = {}
  for (const f of fields) Object.assign(values, { [f]: removedValue(f, item.action, user) })
  return withEntry(
    user,
    {
      ...base,
      status: item.action === 'anonymise' ? 'anonymised' : 'deleted',
      fields,
      duty: null,
      retainFrom: null,
      purgeOn: null,
    },
    values,
  )
}

/** The record once a kept category was purged: whatever of it the record held is gone too. */
export function withCategoryPurged(
  user: PlatformUserRecord,
  category: DataCategory,
  step: Omit<Step, 'requestId'>,
): PlatformUserRecord {
  const kept = user.dataDisposition.find((d) => d.category === category && d.status === 'kept')
  if (!kept) return user
  const fields = CATEGORY_FIELDS[category].filter((f) => held(user, f))
  const values = Object.fromEntries(
    fields.map((f) => [f, removedValue(f, 'delete', user)]),
  ) as Partial<Fields>
  return withEntry(user, { ...kept, status: 'purged', fields, at: step.at, by: step.by }, values)
}

/** The record once fields were written again (a correction supplied them): they are no longer removed. */
export function withFieldsRestored(
  user: PlatformUserRecord,
  fields: readonly UserDataField[],
): PlatformUserRecord {
  return {
    ...user,
    dataDisposition: user.dataDisposition.map((d) => ({
      ...d,
      fields: d.fields.filter((f) => !fields.includes(f)),
    })),
  }
}

/** A disposition that took data out of the record: deleted, anonymised or purged, never kept. */
export type Removal = DataDisposition & { status: Exclude<DataDisposition['status'], 'kept'> }

/** What removed `field` from the record, or null while it is there. */
export function removalOf(
  user: Pick<PlatformUserRecord, 'dataDisposition'>,
  field: UserDataField,
): Removal | null {
  return (
    user.dataDisposition.find(
      (d): d is Removal => d.status !== 'kept' && d.fields.includes(field),
    ) ?? null
  )
}

/**
 * Why kept data may not be purged yet even on its date: deletion never destroys what a legal hold
 * or an open dispute or complaint protects (DOMAIN: deletion).
 */
export function purgeHold(
  user: Pick<PlatformUserRecord, 'legalHold' | 'openDisputes' | 'openComplaints'>,
): PurgeHold | null {
  if (user.legalHold) return 'legal_hold'
  if (user.openDisputes > 0 || user.openComplaints > 0) return 'open_dispute'
  return null
}

/** Where a category stands against its purge date on `today` (an Asia/Shanghai date). */
export function retentionState(
  entry: Pick<DataDisposition, 'status' | 'purgeOn'>,
  today: string,
  hold: ReturnType<typeof purgeHold>,
): RetentionState | null {
  if (entry.status === 'purged') return 'purged'
  if (entry.status !== 'kept' || !entry.purgeOn) return null
  if (entry.purgeOn > today) return 'upcoming'
  return hold ? 'held' : 'due'
}
