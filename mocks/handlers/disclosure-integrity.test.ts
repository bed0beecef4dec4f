import { beforeEach, describe, expect, it } from 'vitest'
import type { ChainCheckpointDto, DisclosureRecord } from '../../src/shared/api/schemas'
import { hashRecord } from '../../src/shared/lib/hash-chain'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, consentInput, json } from './disclosure-test-api'

beforeEach(() => {
  resetMockBackend()
})

type Verification = { ok: boolean; count: number; firstBrokenSeq: number | null; headHash: string }
const verify = async () =>
  json<Verification>(await call('compliance01', 'GET', '/disclosures/verify'))

async function signCheckpoint(username = 'compliance01') {
  const head = await verify()
  return call(username, 'POST', '/disclosures/checkpoints', {
    headHash: head.headHash,
    count: head.count,
  })
}

describe('checkpoints', () => {
  it('vouch for the head as it is, and only for that', async () => {
    const signed = await signCheckpoint()
    expect(signed.status).toBe(201)
    expect(json<ChainCheckpointDto>(signed)).toMatchObject({
      chain: 'disclosures',
      count: 320,
      by: 'S004',
    })
    const head = await verify()
    const wrongHash = await call('compliance01', 'POST', '/disclosures/checkpoints', {
      headHash: 'f'.repeat(64),
      count: 320,
    })
    expect(wrongHash.status).toBe(409)
    expect(json(wrongHash)).toMatchObject({ code: 'CHECKPOINT_MISMATCH' })
    const ahead = await call('compliance01', 'POST', '/disclosures/checkpoints', {
      headHash: head.headHash,
      count: 321,
    })
    expect(json(ahead)).toMatchObject({ code: 'CHECKPOINT_MISMATCH' })
    const previous = json<DisclosureRecord>(await call('compliance01', 'GET', '/disclosures/300'))
    const behind = await call('compliance01', 'POST', '/disclosures/checkpoints', {
      headHash: previous.hash,
      count: 300,
    })
    expect(json(behind)).toMatchObject({ code: 'CHECKPOINT_BEHIND' })
    expect(
      (
        await call('admin01', 'POST', '/disclosures/checkpoints', {
          headHash: head.headHash,
          count: 320,
        })
      ).status,
    ).toBe(403)
    // The one signed, and the one the backend took itself when it seeded the ledger.
    const list = json<{ items: ChainCheckpointDto[] }>(
      await call('admin01', 'GET', '/disclosures/checkpoints'),
    )
    expect(list.items.map((c) => [c.count, c.by])).toEqual([
      [320, 'S004'],
      [320, 'system'],
    ])
  })

  it('refuse a chain that does not verify', async () => {
    const backend = await getBackend()
    await backend.db.disclosures.update(10, (d) => {
      d.purpose = '事后改写'
    })
    const head = json<DisclosureRecord>(await call('compliance01', 'GET', '/disclosures/320'))
    const signed = await call('compliance01', 'POST', '/disclosures/checkpoints', {
      headHash: head.hash,
      count: 320,
    })
    expect(signed.status).toBe(409)
    expect(json(signed)).toMatchObject({ code: 'CHAIN_BROKEN', details: { firstBrokenSeq: 10 } })
  })
})

describe('GET /api/disclosures/verify catches tampering in storage', () => {
  it('an edited record, at its seq', async () => {
    const backend = await getBackend()
    await backend.db.disclosures.update(57, (d) => {
      d.recipient.name = '别的接收方'
    })
    expect(await verify()).toMatchObject({ ok: false, count: 320, firstBrokenSeq: 57 })
  })

  it('a deleted record, at the gap', async () => {
    const backend = await getBackend()
    backend.db.disclosures.delete(200)
    expect(await verify()).toMatchObject({ ok: false, count: 319, firstBrokenSeq: 200 })
  })

  it('a truncated chain, against the checkpoint', async () => {
    await signCheckpoint()
    const backend = await getBackend()
    for (const seq of [320, 319, 318]) backend.db.disclosures.delete(seq)
    expect(await verify()).toMatchObject({ ok: false, count: 317, firstBrokenSeq: 318 })
  })

  it('a whole chain rewritten consistently after a checkpoint', async () => {
    await signCheckpoint()
    await call('compliance01', 'POST', '/disclosures', consentInput())
    const backend = await getBackend()
    // Someone with write access to storage edits record 5 and re-hashes everything after it.
    const records = [...backend.db.disclosures.all()].sort((a, b) => a.seq - b.seq)
    let prevHash = records[3]!.hash
    for (const record of records.slice(4)) {
      const rewritten = {
        ...record,
        prevHash,
        purpose: record.seq === 5 ? '改写后的目的' : record.purpose,
      }
      const hash = await hashRecord(rewritten)
      await backend.db.disclosures.update(record.seq, (d) => Object.assign(d, rewritten, { hash }))
      prevHash = hash
    }
    // The witness kept every record's hash, so the first one rewritten is named, not the checkpoint.
    expect(await verify()).toMatchObject({ ok: false, count: 321, firstBrokenSeq: 5 })
  })

  it('records appended after a checkpoint keep it ok', async () => {
    await signCheckpoint()
    const appended = json<DisclosureRecord>(
      await call('compliance01', 'POST', '/disclosures', consentInput()),
    )
    expect(await verify()).toEqual({
      ok: true,
      count: 321,
      firstBrokenSeq: null,
      headHash: appended.hash,
    })
  })
})
