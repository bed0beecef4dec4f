import { beforeEach, describe, expect, it } from 'vitest'
import type { DisclosureRecord } from '../../src/shared/api/schemas'
import { parseCsv } from '../../src/shared/lib/csv'
import { GENESIS_HASH, hashRecord, sha256Hex } from '../../src/shared/lib/hash-chain'
import { getBackend } from '../backend-instance'
import { API, tokenOf } from '../test-client'
import { resetMockBackend } from '../node'
import { call, consentInput, json } from './disclosure-test-api'

type Page = { items: DisclosureRecord[]; total: number; userNames: Record<string, string> }

beforeEach(() => {
  resetMockBackend()
})

async function wholeChain(): Promise<DisclosureRecord[]> {
  const out: DisclosureRecord[] = []
  for (let page = 1; ; page++) {
    const { items, total } = json<Page>(
      await call('compliance01', 'GET', `/disclosures?sort=seq:asc&pageSize=200&page=${page}`),
    )
    out.push(...items)
    if (out.length >= total) return out
  }
}

describe('GET /api/disclosures', () => {
  it('lists newest first with masked user names beside the records', async () => {
    const result = await call('compliance01', 'GET', '/disclosures?pageSize=5')
    expect(result.status).toBe(200)
    const page = json<Page>(result)
    expect(page.total).toBe(320)
    expect(page.items.map((r) => r.seq)).toEqual([320, 319, 318, 317, 316])
    const userId = page.items[0]!.userIds[0]!
    expect(page.userNames[userId]).toMatch(/^.\*+$/)
  })

  it('filters on the server by user, basis, recipient type, date range and recorder', async () => {
    const chain = await wholeChain()
    const sample = chain.find((r) => r.basis === 'legal_process')!
    const byUser = json<Page>(
      await call('compliance01', 'GET', `/disclosures?userId=${sample.userIds[0]}&pageSize=200`),
    )
    expect(byUser.items.length).toBeGreaterThan(0)
    expect(byUser.items.every((r) => r.userIds.includes(sample.userIds[0]!))).toBe(true)
    const dialing = json<Page>(
      await call(
        'compliance01',
        'GET',
        '/disclosures?basis=privacy_dialing&recordedBy=system&pageSize=200',
      ),
    )
    expect(dialing.total).toBe(chain.filter((r) => r.basis === 'privacy_dialing').length)
    const courts = json<Page>(
      await call('compliance01', 'GET', '/disclosures?recipientType=service_provider&pageSize=200'),
    )
    expect(courts.items.every((r) => r.recipient.type === 'service_provider')).toBe(true)
    const day = new Date(Date.parse(sample.disclosedAt) + 8 * 3_600_000).toISOString().slice(0, 10)
    const onDay = json<Page>(
      await call('compliance01', 'GET', `/disclosures?from=${day}&to=${day}&pageSize=200`),
    )
    expect(onDay.items.map((r) => r.seq)).toContain(sample.seq)
    expect(onDay.items.length).toBeLessThan(5)
  })

  it('answers bad filters with 400 naming the field', async () => {
    const result = await call(
      'compliance01',
      'GET',
      '/disclosures?basis=gossip&from=2026-02-01&to=2026-01-01',
    )
    expect(result.status).toBe(400)
    expect(
      json<{ details: { fields: Record<string, string> } }>(result).details.fields,
    ).toHaveProperty('basis')
    const range = await call('compliance01', 'GET', '/disclosures?from=2026-02-01&to=2026-01-01')
    expect(
      json<{ details: { fields: Record<string, string> } }>(range).details.fields,
    ).toHaveProperty('to')
    expect((await call('compliance01', 'GET', '/disclosures?sort=purpose:asc')).status).toBe(400)
  })

  it('is closed to agents and leads, open to admins', async () => {
    expect((await call('agent01', 'GET', '/disclosures')).status).toBe(403)
    expect((await call('lead01', 'GET', '/disclosures/1')).status).toBe(403)
    expect((await call('admin01', 'GET', '/disclosures')).status).toBe(200)
  })

  it('returns every record exactly as it was hashed, chained from genesis', async () => {
    const chain = await wholeChain()
    expect(chain.map((r) => r.seq)).toEqual(Array.from({ length: 320 }, (_, i) => i + 1))
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH)
    for (const [i, record] of chain.entries()) {
      expect(await hashRecord(record)).toBe(record.hash)
      if (i > 0) expect(record.prevHash).toBe(chain[i - 1]!.hash)
    }
    const one = await call('compliance01', 'GET', '/disclosures/D000007')
    expect(one.body).toEqual(chain[6])
    expect((await call('compliance01', 'GET', '/disclosures/7')).body).toEqual(chain[6])
  })

  it('never returns an unmasked phone or ID number', async () => {
    // Hashes are hex and may hold digit runs; everything else is personal-data text.
    const text = JSON.stringify(
      (await wholeChain()).map(({ hash: _h, prevHash: _p, evidence: _e, ...rest }) => rest),
    )
    expect(text).not.toMatch(/(?<!\d)1\d{10}(?!\d)/)
    expect(text).not.toMatch(/(?<!\d)[1-9]\d{16}[\dX](?!\d)/)
  })
})

describe('POST /api/disclosures', () => {
  it('appends a record at the head of the chain, masking the contact', async () => {
    const head = json<DisclosureRecord>(await call('compliance01', 'GET', '/disclosures/320'))
    const result = await call('compliance01', 'POST', '/disclosures', consentInput())
    expect(result.status).toBe(201)
    const record = json<DisclosureRecord>(result)
    expect(record).toMatchObject({
      seq: 321,
      id: 'D000321',
      prevHash: head.hash,
      recordedBy: 'S004',
      approvedBy: null,
      basis: 'consent',
    })
    expect(record.recipient.contact).toBe('联系人 138****5678')
    expect(await hashRecord(record)).toBe(record.hash)
    expect(json(await call('compliance01', 'GET', '/disclosures/verify'))).toEqual({
      ok: true,
      count: 321,
      firstBrokenSeq: null,
      headHash: record.hash,
    })
  })

  it('replays the same idempotency key without appending twice', async () => {
    const first = await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput(),
      'same-intent-key',
    )
    const again = await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput(),
      'same-intent-key',
    )
    expect(again.body).toEqual(first.body)
    expect(json<Page>(await call('compliance01', 'GET', '/disclosures?pageSize=1')).total).toBe(321)
    expect(
      (
        await call(
          'compliance01',
          'POST',
          '/disclosures',
          consentInput({ purpose: '另一目的' }),
          'same-intent-key',
        )
      ).status,
    ).toBe(422)
  })

  it('takes the rules of each basis', async () => {
    const legal = await call('compliance01', 'POST', '/disclosures', {
      ...consentInput({
        basis: 'legal_process',
        recipient: { name: '宁波市公安局', type: 'authority', contact: '0574-87000000' },
      }),
      legalDocument: {
        authority: '宁波市公安局',
        documentType: '协助查询通知书',
        documentNumber: '甬公查〔2026〕1号',
        provision: '刑事诉讼法第一百四十四条',
      },
      userNotified: true,
    })
    expect(legal.status).toBe(201)
    expect(json(legal)).toMatchObject({ confidential: true, userNotified: false })
    const exemption = await call('compliance01', 'POST', '/disclosures', {
      ...consentInput({ basis: 'exemption' }),
      exemptionClause: 3,
      exemptionJustification: '突发公共卫生事件应急处置',
    })
    expect(json(exemption)).toMatchObject({ exemptionClause: 3, consentReference: null })
  })

  it.each([
    ['a third-party application', { basis: 'third_party_application' }, 'basis'],
    ['a legal process without its document', { basis: 'legal_process' }, 'legalDocument'],
    [
      'an exemption clause outside 1–7',
      { basis: 'exemption', exemptionClause: 8, exemptionJustification: '理由足够长的说明文字' },
      'exemptionClause',
    ],
    ['a disclosure in the future', { disclosedAt: '2099-01-01T00:00:00Z' }, 'disclosedAt'],
    ['an unknown user', { userIds: ['U999999'] }, 'userIds'],
    [
      'privacy dialing with other data',
      {
        basis: 'privacy_dialing',
        recipient: {
          name: '隐私号码通信服务有限公司',
          type: 'service_provider',
          contact: '400-1234567',
        },
      },
      'dataItems',
    ],
    [
      'a legal process to a company',
      {
        basis: 'legal_process',
        legalDocument: {
          authority: '某局',
          documentType: '通知书',
          documentNumber: '1号',
          provision: '某条',
        },
      },
      'recipient.type',
    ],
    ['a correction without its reason', { corrects: 3 }, 'correctionReason'],
    [
      'a correction of a record that does not exist',
      { corrects: 999, correctionReason: '更正错误的记录' },
      'corrects',
    ],
  ])('refuses %s with 400', async (_name, overrides, field) => {
    const result = await call('compliance01', 'POST', '/disclosures', consentInput(overrides))
    expect(result.status).toBe(400)
    expect(Object.keys(json<{ details: { fields: object } }>(result).details.fields)).toContain(
      field,
    )
  })

  it('records a correction as a new record that points at the corrected one', async () => {
    const result = await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput({ corrects: 5, correctionReason: '收件人登记错误' }),
    )
    expect(json(result)).toMatchObject({
      seq: 321,
      corrects: 5,
      correctionReason: '收件人登记错误',
    })
    const corrections = json<Page>(await call('compliance01', 'GET', '/disclosures?corrects=5'))
    expect(corrections.items.map((r) => r.seq)).toEqual([321])
  })

  it('refuses agents and admins', async () => {
    expect((await call('agent01', 'POST', '/disclosures', consentInput())).status).toBe(403)
    expect((await call('admin01', 'POST', '/disclosures', consentInput())).status).toBe(403)
  })
})

describe('the ledger is append-only', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])(
    '%s on a record is 405 and changes nothing',
    async (method) => {
      const before = json<DisclosureRecord>(await call('compliance01', 'GET', '/disclosures/12'))
      for (const path of ['/disclosures/12', '/disclosures/D000012', '/disclosures']) {
        const result = await call('compliance01', method, path, { purpose: 'rewritten' })
        expect(result.status).toBe(405)
        expect(json(result)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' })
      }
      expect(json(await call('compliance01', 'GET', '/disclosures/12'))).toEqual(before)
      const backend = await getBackend()
      expect(
        backend.db.auditEvents
          .all()
          .some((e) => e.action === `disclosure.${method.toLowerCase()}` && e.outcome === 'denied'),
      ).toBe(true)
    },
  )
})

const EN_HEADER = [
  'seq',
  'id',
  'disclosedAt',
  'recordedAt',
  'userIds',
  'recipientName',
  'recipientType',
  'recipientContact',
  'basis',
  'exemptionClause',
  'exemptionJustification',
  'legalAuthority',
  'legalDocumentType',
  'legalDocumentNumber',
  'legalProvision',
  'applicantName',
  'applicantIdNumber',
  'applicantContact',
  'applicantClaim',
  'applicationId',
  'evidence',
  'consentReference',
  'dataItems',
  'purpose',
  'confidential',
  'recordedBy',
  'recordedByName',
  'approvedBy',
  'approvedByName',
  'userNotified',
  'corrects',
  'correctionReason',
  'prevHash',
  'hash',
  'canonicalJson',
]
const ZH_HEADER = [
  '序号',
  '记录编号',
  '提供时间（北京时间）',
  '登记时间（北京时间）',
  '用户ID',
  '接收方',
  '接收方类型',
  '接收方联系方式',
  '提供依据',
  '例外情形条款',
  '例外情形说明',
  '发文机关',
  '文书类型',
  '文书编号',
  '法律依据条款',
  '申请人',
  '申请人身份证号',
  '申请人联系方式',
  '申请事由',
  '申请编号',
  '证据材料',
  '同意记录编号',
  '提供的信息项',
  '目的',
  '保密',
  '登记人ID',
  '登记人',
  '批准人ID',
  '批准人',
  '已告知用户',
  '更正的记录序号',
  '更正原因',
  '前一条哈希（prevHash）',
  '哈希（hash）',
  '被哈希的规范 JSON',
]

/** The export of 2026-01-05 as the console asks for it, in a language; raw bytes, BOM included. */
async function exportIn(language: string) {
  const response = await fetch(`${API}/disclosures/export.csv?from=2026-01-05&to=2026-01-05`, {
    headers: {
      Authorization: `Bearer ${await tokenOf('compliance01')}`,
      'Accept-Language': language,
    },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { bom: [...bytes.slice(0, 3)], rows: parseCsv(new TextDecoder().decode(bytes)) }
}

describe('GET /api/disclosures/export.csv in the console’s language', () => {
  const recorded = async () =>
    json<DisclosureRecord>(await call('compliance01', 'POST', '/disclosures', consentInput()))

  it('is Chinese for a Chinese console: BOM, Beijing time, words for codes, names beside ids', async () => {
    const record = await recorded()
    const { bom, rows } = await exportIn('zh-CN')
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual(ZH_HEADER)
    expect(rows).toHaveLength(2)
    const row = rows[1]!
    expect(row.slice(0, 3)).toEqual([String(record.seq), record.id, '2026-01-05 10:00:00'])
    expect(row[3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(row.slice(4, 9)).toEqual([
      'U000001',
      '某保险公司',
      '企业或机构',
      '联系人 138****5678',
      '用户明确同意',
    ])
    expect(row.slice(21, 32)).toEqual([
      'CONSENT-TEST0001',
      '姓名、手机号码',
      '用户同意的保险投保',
      '否',
      'S004',
      '合规周',
      '',
      '',
      '是',
      '',
      '',
    ])
    expect(await sha256Hex(row[34]!)).toBe(row[33])
  })

  it('is English when asked, under the contract’s field names', async () => {
    const record = await recorded()
    const { bom, rows } = await exportIn('en-US')
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual(EN_HEADER)
    const row = rows[1]!
    expect(row.slice(0, 3)).toEqual([String(record.seq), record.id, '2026-01-05 10:00:00'])
    expect(row.slice(6, 9)).toEqual([
      'Company or organisation',
      '联系人 138****5678',
      'Explicit consent of the user',
    ])
    expect(row.slice(22, 30)).toEqual([
      'Name, Phone number',
      '用户同意的保险投保',
      'No',
      'S004',
      '合规周',
      '',
      '',
      'Yes',
    ])
  })
})

describe('GET /api/disclosures/export.csv', () => {
  it('exports the current filter as RFC 4180 with formulas neutralised, and audits it', async () => {
    const evil = '=HYPERLINK("http://evil.example","点我")'
    await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput({ recipient: { name: evil, type: 'company', contact: '+cmd' } }),
    )
    const result = await call('compliance01', 'GET', '/disclosures/export.csv?basis=consent')
    expect(result.status).toBe(200)
    expect(result.contentType).toMatch(/^text\/csv/)
    const [header, ...rows] = parseCsv(result.text)
    // Without Accept-Language the export is in Chinese.
    const col = (name: string) => header!.indexOf(ZH_HEADER[EN_HEADER.indexOf(name)]!)
    expect(rows.every((r) => r[col('basis')] === '用户明确同意')).toBe(true)
    const last = rows.at(-1)!
    expect(last[col('recipientName')]).toBe(`'${evil}`)
    expect(last[col('recipientContact')]).toBe("'+cmd")
    // The canonical JSON column lets a recipient of the file recompute each hash.
    for (const row of rows.slice(-3))
      expect(await sha256Hex(row[col('canonicalJson')]!)).toBe(row[col('hash')])
    const backend = await getBackend()
    expect(
      backend.db.auditEvents.all().find((e) => e.action === 'disclosure.export'),
    ).toMatchObject({ actorId: 'S004', outcome: 'success' })
  })

  it('is for compliance only', async () => {
    for (const username of ['agent01', 'lead01', 'admin01']) {
      expect((await call(username, 'GET', '/disclosures/export.csv')).status).toBe(403)
    }
  })
})
