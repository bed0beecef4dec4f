// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb'
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COMPACT_AFTER, createBackend, PART_SIZE, type Backend } from './backend'
import { openStorage, readChanges } from './browser-storage'
import { appendAuditEvent } from './chains'
import { TEST_NOW, TEST_NOW_MS } from '../../src/test/test-now'

// Two backends over one IndexedDB stand for two tabs of one browser profile. The Web Lock that
// serialises their writes is a promise chain here.
const small = { users: 40, requests: 30, disclosures: 4 }

function webLocks() {
  const chains = new Map<string, Promise<unknown>>()
  return {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const run = (chains.get(name) ?? Promise.resolve()).then(work)
      chains.set(
        name,
        run.catch(() => undefined),
      )
      return run
    },
  }
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory())
  vi.stubGlobal('navigator', { locks: webLocks() })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

function firstRequestId(backend: Backend): string {
  const first = backend.db.requests.all()[0]
  if (!first) throw new Error('no seeded request')
  return first.id
}

function setAssignee(backend: Backend, id: string, assigneeId: string | null) {
  return backend.write(() =>
    backend.db.requests.update(id, (r) => void (r.assigneeId = assigneeId)),
  )
}

async function stored() {
  const idb = await openStorage()
  const changes = await readChanges(idb, null)
  idb.close()
  if (!changes) throw new Error('nothing stored')
  return changes
}

describe('the mock backend in the browser', () => {
  it('keeps what one tab writes for the next page load and for a tab already open', async () => {
    const first = await createBackend(small, true)
    const second = await createBackend(small, true)
    const id = firstRequestId(first)
    await setAssignee(first, id, 'S-TEST-1')

    const reopened = await createBackend(small, true)
    expect(reopened.db.requests.get(id)?.assigneeId).toBe('S-TEST-1')
    expect(await second.read(async () => second.db.requests.get(id)?.assigneeId)).toBe('S-TEST-1')

    // Deletions travel too.
    const token = 'session-to-revoke'
    await first.write(() =>
      first.db.sessions.insert({
        token,
        staffId: 'S1',
        createdAt: 1,
        lastSeenAt: 1,
        revoked: false,
      }),
    )
    expect(await second.read(async () => second.db.sessions.get(token)?.staffId)).toBe('S1')
    await first.write(async () => first.db.sessions.delete(token))
    expect(await second.read(async () => second.db.sessions.get(token))).toBeUndefined()
  })

  it('folds a long log into the snapshot; a tab left behind by it reloads everything', async () => {
    const first = await createBackend(small, true)
    const behind = await createBackend(small, true)
    const id = firstRequestId(first)
    for (let i = 0; i < COMPACT_AFTER - 1; i++) await setAssignee(first, id, `S-${i}`)

    let changes = await stored()
    expect(changes.meta.snapshotRevision).toBe(0)
    expect(changes.log).toHaveLength(COMPACT_AFTER - 1)

    await setAssignee(first, id, 'S-LAST')
    changes = await stored()
    expect(changes.meta.revision).toBe(COMPACT_AFTER)
    expect(changes.meta.snapshotRevision).toBe(COMPACT_AFTER)
    expect(changes.log).toHaveLength(0)

    expect(await behind.read(async () => behind.db.requests.get(id)?.assigneeId)).toBe('S-LAST')
    expect((await createBackend(small, true)).db.requests.get(id)?.assigneeId).toBe('S-LAST')
    await setAssignee(behind, id, 'S-AFTER')
    expect(await first.read(async () => first.db.requests.get(id)?.assigneeId)).toBe('S-AFTER')
  })

  it('stores a large table in parts and reads all of them back', async () => {
    const first = await createBackend(small, true)
    const count = PART_SIZE + 1
    await first.write(async () => {
      for (let i = 0; i < count; i++)
        await first.db.sessions.insert({
          token: `t${i}`,
          staffId: 'S1',
          createdAt: i,
          lastSeenAt: i,
          revoked: false,
        })
    })
    expect((await stored()).snapshot?.filter((part) => part.table === 'sessions')).toHaveLength(2)
    const reopened = await createBackend(small, true)
    expect(reopened.db.sessions.count()).toBe(count)
    expect(reopened.db.sessions.get(`t${count - 1}`)?.createdAt).toBe(count - 1)
  })

  it('keeps the snapshot as ASCII text in Blobs, and reads back Chinese, emoji, quotes and backslashes as written', async () => {
    const first = await createBackend(small, true)
    const id = firstRequestId(first)
    const written = '张三 😀 "引号" \\ 反斜杠 é'
    for (let i = 0; i < COMPACT_AFTER - 1; i++) await setAssignee(first, id, `S-${i}`)
    await setAssignee(first, id, written)

    const idb = await openStorage()
    const parts = await new Promise<{ table: string; records: unknown }[]>((resolve) => {
      const request = idb.transaction('snapshot').objectStore('snapshot').getAll()
      request.onsuccess = () => resolve(request.result)
    })
    idb.close()
    expect(parts.length).toBeGreaterThan(0)
    for (const part of parts) {
      expect(part.records).toBeInstanceOf(Blob)
      expect(await (part.records as Blob).text()).toMatch(/^[\x20-\x7e]*$/)
    }

    const reopened = await createBackend(small, true)
    expect(reopened.db.requests.get(id)?.assigneeId).toBe(written)
    expect(reopened.db.users.all().map((u) => [u.name, u.region])).toEqual(
      first.db.users.all().map((u) => [u.name, u.region]),
    )
    expect(reopened.db.users.all().some((u) => /[\u4e00-\u9fff]/.test(u.name))).toBe(true)
  })

  it('a reset in one tab reaches the others', async () => {
    const first = await createBackend(small, true)
    const second = await createBackend(small, true)
    const id = firstRequestId(first)
    const seeded = first.db.requests.get(id)?.assigneeId
    await setAssignee(first, id, 'S-TEST-2')
    expect(await second.read(async () => second.db.requests.get(id)?.assigneeId)).toBe('S-TEST-2')

    await first.reset({ actorId: 'S005', role: 'admin' }, TEST_NOW_MS)
    expect(await second.read(async () => second.db.requests.get(id)?.assigneeId)).toBe(seeded)
    expect((await stored()).log).toHaveLength(0)
  })
})

describe('a link at another scale (`?mockScale=`)', () => {
  const other = { ...small, requests: 31 }

  it('seeds an empty database without asking', async () => {
    const confirm = vi.fn(() => false)
    const backend = await createBackend(other, true, confirm)
    expect(backend.db.requests.count()).toBeGreaterThan(31)
    expect(confirm).not.toHaveBeenCalled()
  })

  it('keeps a stored database unless the re-seed is confirmed, and then records what it replaced', async () => {
    const first = await createBackend(small, true)
    const id = firstRequestId(first)
    await setAssignee(first, id, 'S-KEEP')
    await first.write(() =>
      appendAuditEvent(first.db, {
        at: TEST_NOW,
        actorId: 'S005',
        role: 'admin',
        action: 'settings.updated',
        target: 'settings',
        reason: null,
        outcome: 'success',
      }),
    )
    const oldHead = first.db.auditEvents.get(1)!.hash
    const storedCount = first.db.requests.count()

    const refused = vi.fn(() => false)
    const kept = await createBackend(other, true, refused)
    expect(refused).toHaveBeenCalledTimes(1)
    expect(kept.db.requests.count()).toBe(storedCount)
    expect(kept.db.requests.get(id)?.assigneeId).toBe('S-KEEP')

    const reseeded = await createBackend(other, true, () => true)
    expect(reseeded.db.requests.count()).toBe(storedCount + 1)
    expect(reseeded.db.auditEvents.all()).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'database.reseeded',
        reason: expect.stringContaining(`1 event(s), head ${oldHead}`),
      }),
    ])
    const { epochs } = await reseeded.witness.read()
    expect(epochs.at(-1)).toMatchObject({ replaced: { audit: { count: 1, headHash: oldHead } } })
  })
})
