// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb'
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { createBackend, type Backend } from './backend'

// The purge job runs when the backend starts: a database stored on one day and opened on a later
// one (a page load, a server restart) is purged before any request is served, once, whichever
// of two tabs gets there first.

const small = { users: 40, requests: 30, disclosures: 4 }
const DAY = 86_400_000
/** The Asia/Shanghai date of an instant: the suite's clock, whatever TEST_NOW says. */
const shanghaiDay = (ms: number) => new Date(ms + DAY / 3).toISOString().slice(0, 10)
const TODAY = shanghaiDay(TEST_NOW_MS)
const TOMORROW_MORNING = Date.parse(`${shanghaiDay(TEST_NOW_MS + DAY)}T08:30:00+08:00`)

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
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW_MS)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function kept(backend: Backend) {
  return backend.db.users
    .all()
    .flatMap((u) =>
      u.dataDisposition.filter((d) => d.status === 'kept').map((d) => ({ user: u, d })),
    )
}

describe('the purge job at start', () => {
  it('purges what fell due before the day the backend starts on, audited as the system', async () => {
    const first = await createBackend(small, true)
    const dueToday = kept(first).filter(({ d }) => d.purgeOn === TODAY)
    // One of them is under a legal hold.
    expect(dueToday).toHaveLength(4)
    expect(first.db.auditEvents.all().filter((e) => e.action === 'user.data_purged')).toEqual([])

    vi.setSystemTime(TOMORROW_MORNING)
    const restarted = await createBackend(small, true)
    const purged = restarted.db.auditEvents.all().filter((e) => e.action === 'user.data_purged')
    expect(purged).toHaveLength(3)
    expect(
      purged.every(
        (e) => e.actorId === 'system' && e.at === new Date(TOMORROW_MORNING).toISOString(),
      ),
    ).toBe(true)
    const held = dueToday.find(({ user }) => user.legalHold)!
    expect(
      restarted.db.users
        .get(held.user.id)!
        .dataDisposition.find((d) => d.category === held.d.category)?.status,
    ).toBe('kept')
    for (const { user, d } of dueToday.filter(({ user }) => !user.legalHold)) {
      expect(
        restarted.db.users.get(user.id)!.dataDisposition.find((x) => x.category === d.category),
      ).toMatchObject({
        status: 'purged',
        by: 'system',
      })
    }

    // The tab that was already open reaches the new day too: it catches up and purges nothing twice.
    await first.runDailyJobs(TOMORROW_MORNING)
    expect(first.db.auditEvents.all().filter((e) => e.action === 'user.data_purged')).toHaveLength(
      3,
    )
  })

  it('a start with nothing to purge, or only what a hold protects, takes the lock once, to read', async () => {
    await createBackend(small, true)
    const locks = vi.spyOn(navigator.locks, 'request')
    await createBackend(small, true)
    expect(locks).toHaveBeenCalledTimes(1)

    vi.setSystemTime(TOMORROW_MORNING)
    await createBackend(small, true)
    // Reading, then purging the three that no hold protects.
    expect(locks).toHaveBeenCalledTimes(3)
    const restarted = await createBackend(small, true)
    expect(locks).toHaveBeenCalledTimes(4)
    const held = kept(restarted).filter(({ d }) => d.purgeOn === TODAY)
    expect(held).toHaveLength(1)
    expect(held[0]?.user.legalHold).toBeTruthy()
    expect(
      restarted.db.auditEvents.all().filter((e) => e.action === 'user.data_purged'),
    ).toHaveLength(3)
  })
})
