import { describe, expect, it } from 'vitest'
import type { DisclosureRecord, PlatformUserRecord } from '../api/schemas'
import {
  buildCopyPackage,
  copyCategories,
  copyFileNames,
  copyPackageCsvFiles,
  copyPackageJson,
  maskCopyPackage,
  personalDataHoldings,
} from './copy-package'
import type { AccountActivity } from '../api/personal-data'
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

const activity: AccountActivity = {
  userId: 'U000042',
  tasks: [
    {
      id: 'T000042-01',
      role: 'worker',
      title: '仓库理货（半天）',
      status: 'completed',
      amount: 120.5,
      counterpartyName: '王小明',
      counterpartyPhone: '13588889999',
      publishedAt: '2026-03-01T02:00:00.000Z',
      finishedAt: '2026-03-02T02:00:00.000Z',
    },
  ],
  payments: [
    {
      id: 'P000042-01',
      kind: 'income',
      amount: 120.5,
      taskId: 'T000042-01',
      account: '钱包',
      status: 'succeeded',
      at: '2026-03-02T02:00:00.000Z',
    },
    {
      id: 'P000042-02',
      kind: 'withdrawal',
      amount: -120.5,
      taskId: null,
      account: '招商银行 尾号 1234',
      status: 'succeeded',
      at: '2026-03-03T02:00:00.000Z',
    },
  ],
  devices: [],
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
  activity,
  consents: {
    consents: [
      { key: 'accountList' as const, granted: true, changedAt: '2025-01-01T00:00:00.000Z' },
      { key: 'systemLogs' as const, granted: true, changedAt: '2025-01-01T00:00:00.000Z' },
      { key: 'clipboard' as const, granted: false, changedAt: '2025-01-01T00:00:00.000Z' },
      { key: 'marketing' as const, granted: false, changedAt: '2026-02-01T00:00:00.000Z' },
    ],
    history: [
      {
        key: 'marketing' as const,
        granted: false,
        at: '2026-02-01T00:00:00.000Z',
        requestId: 'R000100',
        actorId: 'S001',
      },
    ],
  },
  removed: {},
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
    expect(pkg.sections[3]!.records).toEqual([
      {
        paymentId: 'P000042-01',
        paymentKind: 'income',
        amount: 120.5,
        taskId: 'T000042-01',
        account: '钱包',
        paymentStatus: 'succeeded',
        at: '2026-03-02T02:00:00.000Z',
      },
      {
        paymentId: 'P000042-02',
        paymentKind: 'withdrawal',
        amount: -120.5,
        taskId: null,
        account: '招商银行 尾号 1234',
        paymentStatus: 'succeeded',
        at: '2026-03-03T02:00:00.000Z',
      },
    ])
    expect(pkg.sections[4]!.records.map((r) => r.seq)).toEqual([3, 9])
    expect(JSON.stringify(pkg.sections[4])).not.toContain('13800000000')
  })

  it('masks the counterparty of a task, another person, even in the user’s own copy', () => {
    const pkg = buildCopyPackage({ ...source, categories: ['task_history'] })
    expect(pkg.sections[2]!.records[0]).toMatchObject({
      taskId: 'T000042-01',
      counterparty: '王**',
      counterpartyPhone: '135****9999',
    })
    expect(JSON.stringify(pkg)).not.toMatch(/王小明|13588889999/)
  })

  it('holds the consents as they stand and their history', () => {
    const pkg = buildCopyPackage({ ...source, categories: ['consents'] })
    expect(pkg.sections[2]!.records.map((r) => [r.permission, r.entry, r.granted])).toEqual([
      ['accountList', 'current', true],
      ['systemLogs', 'current', true],
      ['clipboard', 'current', false],
      ['marketing', 'current', false],
      ['marketing', 'change', false],
    ])
  })

  it('says of each category whether it is in and why not', () => {
    const pkg = buildCopyPackage({
      ...source,
      categories: ['device_logs', 'task_history'],
      removed: { contact: { requestId: 'R000500', at: '2026-05-01T02:00:00.000Z' } },
    })
    expect(pkg.coverage.map((c) => [c.category, c.included, c.count, c.reason])).toEqual([
      ['profile', true, 1, null],
      ['identity', true, 1, null],
      ['contact', false, 0, 'removed_under_plan'],
      ['device_logs', false, 0, 'not_held'],
      ['location', false, 0, 'not_held'],
      ['task_history', true, 1, null],
      ['account_list', false, 0, 'not_held'],
      ['marketing_profile', false, 0, 'held_by_third_party'],
      ['payments', false, 2, 'not_requested'],
      ['consents', false, 5, 'not_requested'],
      ['disclosure_records', false, 2, 'not_requested'],
    ])
    expect(pkg.sections.map((s) => s.category)).toEqual(['profile', 'identity', 'task_history'])
    expect(
      personalDataHoldings(source)
        .filter((h) => h.held)
        .map((h) => h.category),
    ).toEqual([
      'profile',
      'identity',
      'contact',
      'task_history',
      'payments',
      'consents',
      'disclosure_records',
    ])
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

describe('copyPackageCsvFiles', () => {
  const pkg = buildCopyPackage({ ...source, categories: ['payments', 'disclosure_records'] })
  const files = copyPackageCsvFiles(pkg)
  const file = (category: string) =>
    parseCsv(files.find((f) => f.name === `personal-data-copy-R000777-${category}.csv`)!.data)

  it('has one file per category in the package, a column per field and a row per record', () => {
    expect(files.map((f) => f.name)).toEqual([
      'personal-data-copy-R000777-profile.csv',
      'personal-data-copy-R000777-identity.csv',
      'personal-data-copy-R000777-payments.csv',
      'personal-data-copy-R000777-disclosure_records.csv',
    ])
    expect(file('payments')).toEqual([
      ['paymentId', 'paymentKind', 'amount', 'taskId', 'account', 'paymentStatus', 'at'],
      [
        'P000042-01',
        'income',
        '120.5',
        'T000042-01',
        '钱包',
        'succeeded',
        '2026-03-02T02:00:00.000Z',
      ],
      [
        'P000042-02',
        'withdrawal',
        '-120.5',
        '',
        '招商银行 尾号 1234',
        'succeeded',
        '2026-03-03T02:00:00.000Z',
      ],
    ])
    expect(file('disclosure_records').map((r) => r[0])).toEqual(['seq', '3', '9'])
    expect(file('identity')[1]).toEqual([
      `'=HYPERLINK("http://evil.example","张三")`,
      '11010519491231002X',
      "'@李四",
      '父亲',
    ])
  })

  it('neutralises formula-like text (=, +, -, @) and quotes per RFC 4180', () => {
    const profile = file('profile')
    const at = (field: string) => profile[1]![profile[0]!.indexOf(field)]
    expect(at('name')).toBe(`'=HYPERLINK("http://evil.example","张三")`)
    expect(at('region')).toBe("'+86 浙江省宁波市")
    expect(at('walletBalance')).toBe('-12.5')
    expect(file('disclosure_records')[1]![1]).toBe("'-某保险公司")
    const raw = files[0]!.data
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example"",""张三"")"`)
    expect(raw.endsWith('\r\n')).toBe(true)
  })
})

describe('copyPackageJson', () => {
  it('keeps values and types: every record, and what is in and what is not', () => {
    const pkg = buildCopyPackage({ ...source, categories: ['payments', 'disclosure_records'] })
    const data = JSON.parse(copyPackageJson(pkg)) as {
      requestId: string
      summary: { category: string; included: boolean; records: number; reason: string | null }[]
      data: Record<string, unknown>
    }
    expect(data.requestId).toBe('R000777')
    expect(data.data.profile).toMatchObject({ name: user.name })
    expect((data.data.payments as { amount: number }[]).map((p) => p.amount)).toEqual([
      120.5, -120.5,
    ])
    expect(Array.isArray(data.data.disclosure_records)).toBe(true)
    expect(data.summary.find((c) => c.category === 'payments')).toEqual({
      category: 'payments',
      included: true,
      records: 2,
      reason: null,
    })
    expect(data.summary.find((c) => c.category === 'marketing_profile')).toEqual({
      category: 'marketing_profile',
      included: false,
      records: 0,
      reason: 'held_by_third_party',
    })
    expect(copyFileNames(pkg)).toEqual({
      base: 'personal-data-copy-R000777',
      zip: 'personal-data-copy-R000777.zip',
      json: 'personal-data-copy-R000777.json',
    })
  })
})
