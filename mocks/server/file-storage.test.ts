// @vitest-environment node
import { suiteNow } from '../../src/test/test-clock-install'
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendAuditEvent } from '../db/chains'
import { COMPACT_AFTER, createBackend, type Backend } from '../db/backend'
import { LOG_FILE, openFileStore, parseJsonLines, type FileStore } from './file-storage'

// A server's database in a folder: each test's backend is stopped and started again over the same
// folder, as `npm run serve:api` would be, and the files are damaged as a crash would leave them.

const small = { users: 40, requests: 30, disclosures: 4 }
let folder: string
const open: FileStore[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'api-data-'))
})
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined)
  await rm(folder, { recursive: true, force: true })
})

async function start(): Promise<{ backend: Backend; store: FileStore }> {
  const store = await openFileStore(folder)
  open.push(store)
  return { backend: await createBackend(small, store), store }
}

async function stop(store: FileStore): Promise<void> {
  open.splice(open.indexOf(store), 1)
  await store.close()
}

function firstRequestId(backend: Backend): string {
  const first = backend.db.requests.all()[0]
  if (!first) throw new Error('no seeded request')
  return first.id
}

/** A request assigned to someone, with the audit event that records it: one transaction. */
function assignAudited(backend: Backend, id: string, assigneeId: string) {
  return backend.write(async () => {
    await backend.db.requests.update(id, (r) => void (r.assigneeId = assigneeId))
    await appendAuditEvent(backend.db, {
      at: new Date(suiteNow()).toISOString(),
      actorId: 'S003',
      role: 'lead',
      action: 'request.assigned',
      target: id,
      reason: `to ${assigneeId}`,
      outcome: 'success',
    })
  })
}

async function logLines(): Promise<{ entries: { table: string; key: unknown }[] }[]> {
  const path = join(folder, LOG_FILE)
  return parseJsonLines<{ entries: { table: string; key: unknown }[] }>(await readFile(path), path)
    .items
}

function auditedAssignments(backend: Backend, id: string): string[] {
  return backend.db.auditEvents
    .all()
    .filter((e) => e.action === 'request.assigned' && e.target === id)
    .map((e) => e.reason ?? '')
}

describe('the API server database in files', () => {
  it('keeps a committed change across a restart', async () => {
    const first = await start()
    const id = firstRequestId(first.backend)
    await assignAudited(first.backend, id, 'S-KEPT')
    await stop(first.store)

    const { backend } = await start()
    expect(backend.db.requests.get(id)?.assigneeId).toBe('S-KEPT')
    expect(auditedAssignments(backend, id)).toEqual(['to S-KEPT'])
  })

  it('writes a change and its audit event as one log line, and nothing for a failed transaction', async () => {
    const { backend } = await start()
    const id = firstRequestId(backend)
    const before = (await logLines()).length
    await assignAudited(backend, id, 'S-TOGETHER')
    const lines = await logLines()
    expect(lines).toHaveLength(before + 1)
    expect(
      lines
        .at(-1)
        ?.entries.map((e) => e.table)
        .sort(),
    ).toEqual(['auditEvents', 'requests'])

    await expect(
      backend.write(async () => {
        await backend.db.requests.update(id, (r) => void (r.assigneeId = 'S-NEVER'))
        throw new Error('the audit event could not be written')
      }),
    ).rejects.toThrow('could not be written')
    expect(await logLines()).toHaveLength(before + 1)
    expect(backend.db.requests.get(id)?.assigneeId).toBe('S-TOGETHER')
  })

  it('drops a log line torn by a crash mid-write: the change and its audit event are lost together', async () => {
    const first = await start()
    const id = firstRequestId(first.backend)
    await assignAudited(first.backend, id, 'S-SAFE')
    await assignAudited(first.backend, id, 'S-IN-FLIGHT')
    await stop(first.store)
    // The crash came while the last transaction was being written: half of its line is on disk.
    const path = join(folder, LOG_FILE)
    const text = await readFile(path, 'utf8')
    const lastLine = text.slice(text.lastIndexOf('\n', text.length - 2) + 1)
    await writeFile(path, text.slice(0, text.length - Math.ceil(lastLine.length / 2)))

    const second = await start()
    expect(second.backend.db.requests.get(id)?.assigneeId).toBe('S-SAFE')
    expect(auditedAssignments(second.backend, id)).toEqual(['to S-SAFE'])
    // The torn bytes are gone, so the next transaction starts a line of its own.
    await assignAudited(second.backend, id, 'S-AFTER')
    await stop(second.store)

    const third = await start()
    expect(third.backend.db.requests.get(id)?.assigneeId).toBe('S-AFTER')
    expect(auditedAssignments(third.backend, id)).toEqual(['to S-SAFE', 'to S-AFTER'])
  })

  it('refuses a log damaged before its last line rather than start on half of it', async () => {
    const first = await start()
    await assignAudited(first.backend, firstRequestId(first.backend), 'S-1')
    await stop(first.store)
    const path = join(folder, LOG_FILE)
    const text = await readFile(path, 'utf8')
    await writeFile(path, `{"broken\n${text}`)
    await expect(openFileStore(folder)).rejects.toThrow(/line 1 is damaged/)
  })

  it('folds the log into a new snapshot; a log left over from before it is skipped', async () => {
    const first = await start()
    const id = firstRequestId(first.backend)
    for (let i = 1; i < COMPACT_AFTER; i++) {
      await first.backend.write(() =>
        first.backend.db.requests.update(id, (r) => void (r.assigneeId = `S-${i}`)),
      )
    }
    const longLog = await readFile(join(folder, LOG_FILE), 'utf8')
    expect(longLog.split('\n').filter(Boolean).length).toBeGreaterThan(0)
    await first.backend.write(() =>
      first.backend.db.requests.update(id, (r) => void (r.assigneeId = 'S-COMPACTED')),
    )
    expect(await readFile(join(folder, LOG_FILE), 'utf8')).toBe('')
    await stop(first.store)
    // As if the process had died after the new snapshot but before the log was emptied.
    await appendFile(join(folder, LOG_FILE), longLog)

    const { backend } = await start()
    expect(backend.db.requests.get(id)?.assigneeId).toBe('S-COMPACTED')
  })

  it('keeps the checkpoints of both chains apart, across a restart', async () => {
    const first = await start()
    const epochs = (await first.backend.witness.read()).epochs.map((e) => e.reason)
    expect(epochs).toEqual(['seeded an empty database'])
    await stop(first.store)
    const { backend } = await start()
    expect((await backend.witness.read()).epochs.map((e) => e.reason)).toEqual(epochs)
  })

  it('lets only one server use a folder at a time', async () => {
    await start()
    await expect(openFileStore(folder)).rejects.toThrow(/in use by another API server/)
  })
})
