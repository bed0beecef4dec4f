import type { CopyCategory, CopyPackage, CopySection, CopyValue } from '../api/copy-schemas'
import { REQUIRED_COPY_CATEGORIES, COPY_CATEGORIES } from '../api/copy-schemas'
import type { DisclosureRecord, PlatformUserRecord } from '../api/schemas'
import { toCsv } from './csv'
import { maskBirthDate, maskIdNumber, maskPhone } from './masking'

// The copy of personal information of policy 6(7), built once here for the server (which
// builds it) and the user's download page (which writes its files): JSON, CSV and the rows of
// the printable summary all come from the same package, so they cannot disagree.

export interface CopySource {
  requestId: string
  user: PlatformUserRecord
  /** The ledger records naming the user; confidential ones (legal process) are left out. */
  disclosures: readonly DisclosureRecord[]
  categories: readonly CopyCategory[]
  generatedAt: string
}

/** The required categories first, then the chosen ones, each once, in a fixed order. */
export function copyCategories(chosen: readonly CopyCategory[]): CopyCategory[] {
  const wanted = new Set<CopyCategory>([...REQUIRED_COPY_CATEGORIES, ...chosen])
  return COPY_CATEGORIES.filter((c) => wanted.has(c))
}

type Records = Record<string, CopyValue>[]

function records(category: CopyCategory, { user, disclosures }: CopySource): Records {
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
    case 'task_history':
      return [
        {
          unfinishedTasksAsWorker: user.unfinishedTasksAsWorker,
          unfinishedTasksAsPublisher: user.unfinishedTasksAsPublisher,
          openDisputes: user.openDisputes,
          openComplaints: user.openComplaints,
        },
      ]
    case 'payments':
      return [{ walletBalance: user.walletBalance, withdrawalArranged: user.withdrawalArranged }]
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

export function buildCopyPackage(source: CopySource): CopyPackage {
  const categories = copyCategories(source.categories)
  return {
    requestId: source.requestId,
    userId: source.user.id,
    generatedAt: source.generatedAt,
    categories,
    sections: categories.map((category) => ({ category, records: records(category, source) })),
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

/** The JSON file: one object per category, a list where a category holds several records. */
export function copyPackageJson(pkg: CopyPackage): string {
  const data: Record<string, unknown> = {}
  for (const s of pkg.sections)
    data[s.category] = s.category === 'disclosure_records' ? s.records : (s.records[0] ?? {})
  const body = {
    requestId: pkg.requestId,
    userId: pkg.userId,
    generatedAt: pkg.generatedAt,
    categories: pkg.categories,
    data,
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

export const COPY_CSV_HEADER = ['category', 'record', 'field', 'value']

/** The CSV file: one row per field (RFC 4180, formula-like cells neutralised by toCsv). */
export function copyPackageCsv(pkg: CopyPackage): string {
  const rows = pkg.sections.flatMap((s) =>
    s.records.flatMap((record, i) =>
      Object.entries(record).map(([field, value]) => [s.category, i + 1, field, value]),
    ),
  )
  return toCsv(COPY_CSV_HEADER, rows)
}

/** File names inside the ZIP and of the ZIP itself. */
export function copyFileNames(pkg: CopyPackage) {
  const base = `personal-data-copy-${pkg.requestId}`
  return { zip: `${base}.zip`, json: `${base}.json`, csv: `${base}.csv` }
}
