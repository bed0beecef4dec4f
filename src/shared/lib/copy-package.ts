import type {
  CopyCategory,
  CopyCoverage,
  CopyPackage,
  CopySection,
  CopyValue,
} from '../api/copy-schemas'
import { REQUIRED_COPY_CATEGORIES, COPY_CATEGORIES } from '../api/copy-schemas'
import {
  CATEGORY_HOLDING,
  PERSONAL_DATA_CATEGORIES,
  type AccountActivity,
  type CategoryHolding,
  type PersonalDataCategory,
} from '../api/personal-data'
import type { ConsentOverview } from '../api/rights-schemas'
import type { DisclosureRecord, PlatformUserRecord } from '../api/schemas'
import { toCsv } from './csv'
import { maskBirthDate, maskIdNumber, maskName, maskPhone } from './masking'

// The copy of personal information of policy 6(7), built once here for the server (which
// builds it) and the user's download page (which writes its files): JSON, CSV and the printable
// summary all come from the same package, so they cannot disagree. What the platform holds of
// each category (held or not, and why) is worked out here too, for the copy and the access answer.

/** What the platform keeps about one user, from which both the holdings and the copy are read. */
export interface UserData {
  user: PlatformUserRecord
  /** The ledger records naming the user; confidential ones (legal process) are left out. */
  disclosures: readonly DisclosureRecord[]
  /** Tasks, payments and sign-in devices; null for a user with none on record. */
  activity: AccountActivity | null
  consents: ConsentOverview
  /** Categories that a carried-out data plan deleted or anonymised: the request and when. */
  removed: Partial<Record<PersonalDataCategory, { requestId: string; at: string }>>
}

export interface CopySource extends UserData {
  requestId: string
  categories: readonly CopyCategory[]
  generatedAt: string
}

/** The required categories first, then the chosen ones, each once, in a fixed order. */
export function copyCategories(chosen: readonly CopyCategory[]): CopyCategory[] {
  const wanted = new Set<CopyCategory>([...REQUIRED_COPY_CATEGORIES, ...chosen])
  return COPY_CATEGORIES.filter((c) => wanted.has(c))
}

type Records = Record<string, CopyValue>[]

const isCopyCategory = (c: PersonalDataCategory): c is CopyCategory =>
  (COPY_CATEGORIES as readonly string[]).includes(c)

// A task's counterparty is another person: the user learns who it was no more than the task's
// own page showed them.
function records(
  category: CopyCategory,
  { user, disclosures, activity, consents }: UserData,
): Records {
  switch (category) {
    case 'profile':
      return [
        {
          userId: user.id,
          name: user.name,
          gender: user.gender,
          birthDate: user.birthDate,
          region: user.region,
          roles: user.roles.join(','),
          registeredAt: user.registeredAt,
          accountStatus: user.accountStatus,
          policyVersionAccepted: user.policyVersionAccepted,
          walletBalance: user.walletBalance,
        },
      ]
    case 'identity':
      return [
        {
          name: user.name,
          idNumber: user.idNumber,
          guardianName: user.guardian?.name ?? null,
          guardianRelation: user.guardian?.relation ?? null,
        },
      ]
    case 'contact':
      return [{ phone: user.phone }]
    case 'device_logs':
      return (activity?.devices ?? []).map((d) => ({
        deviceId: d.id,
        model: d.model,
        os: d.os,
        firstSignInAt: d.firstSignInAt,
        lastSignInAt: d.lastSignInAt,
        lastIp: d.lastIp,
      }))
    case 'task_history':
      return (activity?.tasks ?? []).map((t) => ({
        taskId: t.id,
        taskRole: t.role,
        title: t.title,
        taskStatus: t.status,
        amount: t.amount,
        counterparty: maskName(t.counterpartyName),
        counterpartyPhone: maskPhone(t.counterpartyPhone),
        publishedAt: t.publishedAt,
        finishedAt: t.finishedAt,
      }))
    case 'payments':
      return (activity?.payments ?? []).map((p) => ({
        paymentId: p.id,
        paymentKind: p.kind,
        amount: p.amount,
        taskId: p.taskId,
        account: p.account,
        paymentStatus: p.status,
        at: p.at,
      }))
    case 'consents':
      return [
        ...consents.consents.map((c) => ({
          permission: c.key,
          entry: 'current',
          granted: c.granted,
          at: c.changedAt,
          requestId: null,
        })),
        ...consents.history.map((h) => ({
          permission: h.key,
          entry: 'change',
          granted: h.granted,
          at: h.at,
          requestId: h.requestId,
        })),
      ]
    case 'disclosure_records':
      return disclosures
        .filter((d) => !d.confidential && d.userIds.includes(user.id))
        .sort((a, b) => a.seq - b.seq)
        .map((d) => ({
          seq: d.seq,
          recipient: d.recipient.name,
          recipientType: d.recipient.type,
          basis: d.basis,
          dataItems: d.dataItems.join(','),
          purpose: d.purpose,
          disclosedAt: d.disclosedAt,
        }))
  }
}

/** Every category of the template, held or not, with how many records and why not. */
export function personalDataHoldings(data: UserData): CategoryHolding[] {
  return PERSONAL_DATA_CATEGORIES.map((category): CategoryHolding => {
    const removedBy = data.removed[category] ?? null
    const where = CATEGORY_HOLDING[category]
    if (removedBy)
      return { category, held: false, count: 0, reason: 'removed_under_plan', removedBy }
    if (where === 'third_party')
      return { category, held: false, count: 0, reason: 'held_by_third_party', removedBy: null }
    const count = isCopyCategory(category) ? records(category, data).length : 0
    return count > 0
      ? { category, held: true, count, reason: null, removedBy: null }
      : { category, held: false, count: 0, reason: 'not_held', removedBy: null }
  })
}

export function buildCopyPackage(source: CopySource): CopyPackage {
  const categories = copyCategories(source.categories)
  const asked = new Set<PersonalDataCategory>(categories)
  const coverage = personalDataHoldings(source).map((h): CopyCoverage => ({
    category: h.category,
    included: h.held && asked.has(h.category),
    count: h.count,
    reason: h.held ? (asked.has(h.category) ? null : 'not_requested') : h.reason,
    removedBy: h.removedBy,
  }))
  const sections = coverage
    .filter((c) => c.included && isCopyCategory(c.category))
    .map((c) => ({ category: c.category, records: records(c.category as CopyCategory, source) }))
  return {
    requestId: source.requestId,
    userId: source.user.id,
    generatedAt: source.generatedAt,
    categories,
    sections,
    coverage,
  }
}

// The birth date goes too: it is the 8 digits the masked ID number hides.
const MASKERS: Record<string, (value: string) => string> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  birthDate: maskBirthDate,
}

/** What staff see on screen: the same package with ID and phone numbers and the birth date masked. */
export function maskCopyPackage(pkg: CopyPackage): CopyPackage {
  const mask = (record: Record<string, CopyValue>) =>
    Object.fromEntries(
      Object.entries(record).map(([k, v]) => [
        k,
        typeof v === 'string' && MASKERS[k] ? MASKERS[k](v) : v,
      ]),
    )
  return {
    ...pkg,
    sections: pkg.sections.map((s): CopySection => ({ ...s, records: s.records.map(mask) })),
  }
}

/** Categories that hold one record per user: an object in the JSON file, not a list. */
const SINGLE_RECORD = new Set<PersonalDataCategory>(['profile', 'identity', 'contact'])

/**
 * The JSON file: what is in it and what is not (and why), then one entry per included category,
 * with every record.
 */
export function copyPackageJson(pkg: CopyPackage): string {
  const data: Record<string, unknown> = {}
  for (const s of pkg.sections)
    data[s.category] = SINGLE_RECORD.has(s.category) ? (s.records[0] ?? {}) : s.records
  const body = {
    requestId: pkg.requestId,
    userId: pkg.userId,
    generatedAt: pkg.generatedAt,
    categories: pkg.categories,
    summary: pkg.coverage.map((c) => ({
      category: c.category,
      included: c.included,
      records: c.included ? c.count : 0,
      reason: c.reason,
      ...(c.removedBy ? { removedBy: c.removedBy } : {}),
    })),
    data,
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** One CSV file per included category, a column per field (RFC 4180, formula-like cells neutralised). */
export function copyPackageCsvFiles(pkg: CopyPackage): { name: string; data: string }[] {
  const base = copyFileNames(pkg).base
  return pkg.sections.map((s) => {
    const header = Object.keys(s.records[0] ?? {})
    return {
      name: `${base}-${s.category}.csv`,
      data: toCsv(
        header,
        s.records.map((r) => header.map((h) => r[h])),
      ),
    }
  })
}

/** File names inside the ZIP and of the ZIP itself. */
export function copyFileNames(pkg: CopyPackage) {
  const base = `personal-data-copy-${pkg.requestId}`
  return { base, zip: `${base}.zip`, json: `${base}.json` }
}
