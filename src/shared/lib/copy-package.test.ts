import { describe, expect, it } from 'vitest'
import type { DisclosureRecord, PlatformUserRecord } from '../api/schemas'
import {
  buildCopyPackage,
  copyCategories,
  copyFileNames,
  copyPackageCsv,
  copyPackageJson,
  maskCopyPackage,
} from './copy-package'
import { parseCsv } from './csv'

const user: PlatformUserRecord = {
  id: 'U000042',
  name: '=HYPERLINK("http://evil.example","张三")',
  phone: '13812345678',
  idNumber: '11010519491231002X',
  birthDate: '1949-12-31',
  gender: 'male',
  region: '+86 浙江省宁波市',
  roles: ['worker'],
  accountStatus: 'active',
  registeredAt: '2024-03-01T10:00:00+08:00',
  walletBalance: -12.5,
  withdrawalArranged: false,
  unfinishedTasksAsWorker: 2,
  unfinishedTasksAsPublisher: 0,
  openDisputes: 1,
  openComplaints: 0,
  legalHold: null,
  deceased: false,
  guardian: {
    name: '@李四',
    relation: '父亲',
    phone: '13900001111',
    idNumber: '330106198003150213',
  },
  consents: {} as PlatformUserRecord['consents'],
  policyVersionAccepted: '2025-09-12',
  dataDisposition: [],
  version: 3,
}

function disclosure(seq: number, overrides: Partial<DisclosureRecord> = {}): DisclosureRecord {
  return {
    id: `D${seq}`,
    seq,
    userIds: ['U000042'],
    recipient: { name: '-某保险公司', type: 'company', contact: '联系人 13800000000' },
    basis: 'consent',
    exemptionClause: null,
    legalDocument: null,
    applicant: null,
    evidence: [],
    consentReference: 'C-1',
    exemptionJustification: null,
    applicationId: null,
    dataItems: ['name', 'phone'],
    purpose: '投保',
    confidential: false,
    disclosedAt: '2026-01-05T10:00:00+08:00',
    recordedAt: '2026-01-05T10:00:00+08:00',
    recordedBy: 'S004',
    approvedBy: null,
    userNotified: true,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    ...overrides,
  } as DisclosureRecord
}

const source = {
  requestId: 'R000777',
  user,
  disclosures: [
    disclosure(9),
    disclosure(3),
    disclosure(5, { confidential: true }),
    disclosure(6, { userIds: ['U000001'] }),
  ],
  generatedAt: '2026-11-29T10:00:00+08:00',
}

describe('copyCategories', () => {
  it('always holds profile and identity, in a fixed order, each once', () => {
    expect(copyCategories([])).toEqual(['profile', 'identity'])
    expect(copyCategories(['payments', 'contact', 'identity'])).toEqual([
      'profile',
      'identity',
      'contact',
      'payments',
    ])
  })
})

describe('buildCopyPackage', () => {
  it('holds the basic profile and identity information unmasked for the user', () => {
    const pkg = buildCopyPackage({ ...source, categories: [] })
    expect(pkg.categories).toEqual(['profile', 'identity'])
    expect(pkg.sections[0]!.records[0]).toMatchObject({
      userId: 'U000042',
      name: user.name,
      birthDate: '1949-12-31',
      roles: 'worker',
    })
    expect(pkg.sections[1]!.records[0]).toEqual({
      name: user.name,
      idNumber: '11010519491231002X',
      guardianName: '@李四',
      guardianRelation: '父亲',
    })
    expect(JSON.stringify(pkg)).not.toContain('13812345678')
  })

  it('adds asked categories; disclosures are the user’s own, not confidential, by sequence', () => {
    const pkg = buildCopyPackage({
      ...source,
      categories: ['contact', 'disclosure_records', 'payments'],
    })
    expect(pkg.sections.map((s) => s.category)).toEqual([
      'profile',
      'identity',
      'contact',
      'payments',
      'disclosure_records',
    ])
    expect(pkg.sections[2]!.records).toEqual([{ phone: '13812345678' }])
    expect(pkg.sections[3]!.records).toEqual([{ walletBalance: -12.5, withdrawalArranged: false }])
    expect(pkg.sections[4]!.records.map((r) => r.seq)).toEqual([3, 9])
    expect(JSON.stringify(pkg.sections[4])).not.toContain('13800000000')
  })
})

describe('maskCopyPackage', () => {
  it('masks ID and phone numbers and the birth date, and leaves everything else', () => {
    const pkg = buildCopyPackage({ ...source, categories: ['contact'] })
    const masked = maskCopyPackage(pkg)
    expect(masked.sections[1]!.records[0]!.idNumber).toBe('110105********002X')
    expect(masked.sections[2]!.records[0]!.phone).toBe('138****5678')
    expect(masked.sections[0]!.records[0]).toEqual({
      ...pkg.sections[0]!.records[0],
      birthDate: '****-**-**',
    })
    expect(JSON.stringify(masked)).not.toMatch(/11010519491231002X|13812345678|1949-12-31/)
  })
})

describe('copyPackageCsv', () => {
  const pkg = buildCopyPackage({ ...source, categories: ['payments', 'disclosure_records'] })
  const rows = parseCsv(copyPackageCsv(pkg))

  it('has one row per field under the header, numbered per record', () => {
    expect(rows[0]).toEqual(['category', 'record', 'field', 'value'])
    const fields = pkg.sections.reduce(
      (n, s) => n + s.records.reduce((m, r) => m + Object.keys(r).length, 0),
      0,
    )
    expect(rows).toHaveLength(fields + 1)
    expect(rows).toContainEqual(['disclosure_records', '2', 'seq', '9'])
    expect(rows).toContainEqual(['payments', '1', 'walletBalance', '-12.5'])
    expect(rows).toContainEqual(['identity', '1', 'guardianName', "'@李四"])
  })

  it('neutralises formula-like text (=, +, -, @) and quotes per RFC 4180', () => {
    expect(rows).toContainEqual([
      'profile',
      '1',
      'name',
      `'=HYPERLINK("http://evil.example","张三")`,
    ])
    expect(rows).toContainEqual(['profile', '1', 'region', "'+86 浙江省宁波市"])
    expect(rows).toContainEqual(['disclosure_records', '1', 'recipient', "'-某保险公司"])
    expect(copyPackageCsv(pkg)).toContain(`"'=HYPERLINK(""http://evil.example"",""张三"")"`)
    expect(copyPackageCsv(pkg).endsWith('\r\n')).toBe(true)
  })
})

describe('copyPackageJson', () => {
  it('keeps values and types, one object per category and a list of disclosures', () => {
    const pkg = buildCopyPackage({ ...source, categories: ['payments', 'disclosure_records'] })
    const data = JSON.parse(copyPackageJson(pkg)) as {
      requestId: string
      data: Record<string, unknown>
    }
    expect(data.requestId).toBe('R000777')
    expect(data.data.profile).toMatchObject({ name: user.name })
    expect(data.data.payments).toEqual({ walletBalance: -12.5, withdrawalArranged: false })
    expect(Array.isArray(data.data.disclosure_records)).toBe(true)
    expect(copyFileNames(pkg)).toEqual({
      zip: 'personal-data-copy-R000777.zip',
      json: 'personal-data-copy-R000777.json',
      csv: 'personal-data-copy-R000777.csv',
    })
  })
})
