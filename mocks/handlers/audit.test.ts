import { beforeEach, describe, expect, it } from 'vitest'
import type { AuditEvent, ChainCheckpointDto } from '../../src/shared/api/schemas'
import { parseCsv } from '../../src/shared/lib/csv'
import { sha256Hex } from '../../src/shared/lib/hash-chain'
import { API, tokenOf } from '../test-client'
import { TEST_NOW } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, json } from './disclosure-test-api'

type Page = { items: AuditEvent[]; total: number }
type Verdict = { ok: boolean; count: number; firstBrokenSeq: number | null; headHash: string }

beforeEach(() => {
  resetMockBackend()
})

const list = async (query: string) =>
  json<Page>(await call('compliance01', 'GET', `/audit-events?${query}`))

describe('GET /api/audit-events', () => {
  it('lists newest first, with sign-ins and denied attempts on the record', async () => {
    expect((await call('agent01', 'GET', '/audit-events')).status).toBe(403)
    const page = await list('pageSize=200')
    const seqs = page.items.map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect(page.items.some((e) => e.action === 'session.sign_in' && e.actorId === 'S004')).toBe(
      true,
    )
    expect(page.items.some((e) => e.outcome === 'denied' && e.actorId === 'S001')).toBe(true)
  })

  it('filters on the server by actor, action prefix, target, outcome and date', async () => {
    await call('agent01', 'GET', '/audit-events')
    const denied = await list('outcome=denied&actorId=S001')
    expect(denied.total).toBeGreaterThan(0)
    expect(denied.items.every((e) => e.outcome === 'denied' && e.actorId === 'S001')).toBe(true)
    const signIns = await list('action=session.')
    expect(signIns.items.every((e) => e.action.startsWith('session.'))).toBe(true)
    expect((await list('action=sign_in')).total).toBe(0)
    const byTarget = await list('target=audit-events')
    expect(byTarget.items.every((e) => e.target.includes('audit-events'))).toBe(true)
    expect((await list('from=2000-01-01&to=2000-01-02')).total).toBe(0)
    expect((await list('sort=seq:asc&pageSize=1')).items[0]?.seq).toBe(1)
  })

  it('answers 400 with the bad fields', async () => {
    for (const query of [
      'outcome=maybe',
      'from=yesterday',
      'from=2026-02-02&to=2026-01-01',
      'sort=actor:asc',
      'pageSize=500',
    ]) {
      const result = await call('compliance01', 'GET', `/audit-events?${query}`)
      expect(result.status, query).toBe(400)
      expect(json<{ details: { fields: object } }>(result).details.fields).toBeTruthy()
    }
  })
})

describe('GET /api/audit-events/verify', () => {
  it('verifies the chain and catches an event changed in storage', async () => {
    const good = json<Verdict>(await call('admin01', 'GET', '/audit-events/verify'))
    expect(good).toMatchObject({ ok: true, firstBrokenSeq: null })
    const backend = await getBackend()
    await backend.db.auditEvents.update(1, (e) => {
      e.reason = 'rewritten'
    })
    expect(json<Verdict>(await call('admin01', 'GET', '/audit-events/verify'))).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
    })
  })
})

const ZH_HEADER = [
  '序号',
  '时间（北京时间）',
  '操作人ID',
  '操作人',
  '角色',
  '动作代码',
  '动作',
  '对象',
  '说明',
  '结果',
  '前一条哈希（prevHash）',
  '哈希（hash）',
  '被哈希的规范 JSON',
]

/** The export as the console asks for it, in a language; the raw bytes, BOM included. */
async function exportIn(language: string, query: string) {
  const response = await fetch(`${API}/audit-events/export.csv?${query}`, {
    headers: {
      Authorization: `Bearer ${await tokenOf('compliance01')}`,
      'Accept-Language': language,
    },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  const rows = parseCsv(new TextDecoder().decode(bytes))
  return { status: response.status, bom: [...bytes.slice(0, 3)], rows }
}

describe('GET /api/audit-events/export.csv', () => {
  async function claimedAt(at: string) {
    const backend = await getBackend()
    await backend.write(async () => {
      const { appendAuditEvent } = await import('../db/chains')
      await appendAuditEvent(backend.db, {
        at,
        actorId: 'S003',
        role: 'lead',
        action: 'request.claimed',
        target: 'R000042',
        reason: null,
        outcome: 'denied',
      })
    })
  }

  it('speaks Chinese for a Chinese console: UTF-8 with a BOM, Beijing time, names and words', async () => {
    await claimedAt('2026-10-08T01:30:00.000Z')
    const { status, bom, rows } = await exportIn('zh-CN', 'target=R000042')
    expect(status).toBe(200)
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual(ZH_HEADER)
    expect(rows).toHaveLength(2)
    expect(rows[1]!.slice(1, 10)).toEqual([
      '2026-10-08 09:30:00',
      'S003',
      '主管陈',
      '审核主管',
      'request.claimed',
      '请求：认领',
      'R000042',
      '',
      '已拒绝',
    ])
    // The evidence stays checkable from the file alone: the canonical JSON hashes to `hash`.
    const [, , , , , , , , , , prevHash, hash, json] = rows[1]!
    expect(await sha256Hex(json!)).toBe(hash)
    expect(JSON.parse(json!)).toMatchObject({ at: '2026-10-08T01:30:00.000Z', prevHash })
  })

  it('speaks English when asked, with the contract’s field names as headers', async () => {
    await claimedAt('2026-10-08T01:30:00.000Z')
    const { bom, rows } = await exportIn('en-US,en;q=0.9', 'target=R000042')
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual([
      'seq',
      'at',
      'actorId',
      'actorName',
      'role',
      'action',
      'actionLabel',
      'target',
      'reason',
      'outcome',
      'prevHash',
      'hash',
      'canonicalJson',
    ])
    expect(rows[1]!.slice(1, 10)).toEqual([
      '2026-10-08 09:30:00',
      'S003',
      '主管陈',
      'Review lead',
      'request.claimed',
      'Request: Claimed',
      'R000042',
      '',
      'Denied',
    ])
  })

  it('exports the filtered events, neutralises formulas and audits itself', async () => {
    const backend = await getBackend()
    await backend.write(async () => {
      const { appendAuditEvent } = await import('../db/chains')
      await appendAuditEvent(backend.db, {
        at: TEST_NOW,
        actorId: 'S001',
        role: 'agent',
        action: 'request.note',
        target: '=HYPERLINK("x")',
        reason: null,
        outcome: 'success',
      })
    })
    const result = await call('compliance01', 'GET', '/audit-events/export.csv?action=request.note')
    expect(result.status).toBe(200)
    expect(result.contentType).toMatch(/text\/csv/)
    const rows = parseCsv(result.text)
    // Without Accept-Language the export is in Chinese.
    expect(rows[0]).toEqual(ZH_HEADER)
    expect(rows.slice(1).every((r) => r[5] === 'request.note')).toBe(true)
    expect(rows.some((r) => r[7] === `'=HYPERLINK("x")`)).toBe(true)
    const exports = await list('action=audit.export')
    expect(exports.items[0]).toMatchObject({
      actorId: 'S004',
      reason: expect.stringContaining('action=request.note'),
    })
    expect((await call('admin01', 'GET', '/audit-events/export.csv')).status).toBe(403)
  })
})

describe('audit checkpoints', () => {
  it('signs a verified head and refuses a wrong one', async () => {
    const head = json<Verdict>(await call('compliance01', 'GET', '/audit-events/verify'))
    expect(
      (
        await call('compliance01', 'POST', '/audit-events/checkpoints', {
          headHash: 'f'.repeat(64),
          count: head.count,
        })
      ).status,
    ).toBe(409)
    const signed = await call('compliance01', 'POST', '/audit-events/checkpoints', {
      headHash: head.headHash,
      count: head.count,
    })
    expect(signed.status).toBe(201)
    expect(
      (
        await call('admin01', 'POST', '/audit-events/checkpoints', {
          headHash: head.headHash,
          count: head.count,
        })
      ).status,
    ).toBe(403)
    const checkpoints = json<{ items: ChainCheckpointDto[] }>(
      await call('admin01', 'GET', '/audit-events/checkpoints'),
    )
    expect(checkpoints.items).toEqual([
      expect.objectContaining({ chain: 'audit', count: head.count, headHash: head.headHash }),
    ])
    expect(json<Verdict>(await call('compliance01', 'GET', '/audit-events/verify')).ok).toBe(true)
  })
})
