import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { activationCodeSentTo } from '../test-backend'
import { activate, call, intake, signIn } from '../test-client'

// What a copy of the backend's tables would give away: no password, in any form a guesser can
// skip the hashing for, and no full ID number kept from a request body.

const NEW_PASSWORD = 'Welcome#2027x'
const NEW_STAFF = {
  username: 'agent07',
  displayName: '客服小周',
  role: 'agent',
  contact: '13800007777',
}
const admin = 'admin01'

async function rawTable(name: 'staff' | 'idempotency'): Promise<string> {
  return JSON.stringify((await getBackend()).db[name].all())
}

beforeAll(() => resetMockBackend())

describe('passwords', () => {
  it('are stored as salted PBKDF2 hashes, the seeded ones too', async () => {
    const created = await call(admin, 'POST', '/staff', NEW_STAFF)
    expect(created.status).toBe(201)
    const code = await activationCodeSentTo('agent07')
    expect((await activate('agent07', code, NEW_PASSWORD)).status).toBe(200)
    const staff = await rawTable('staff')
    expect(staff).not.toContain(NEW_PASSWORD)
    expect(staff).not.toContain('Demo@2026')
    expect(staff).not.toMatch(/"password"/)
    const accounts = (await getBackend()).db.staff.all()
    for (const account of accounts) {
      expect(account.passwordHash).toEqual({
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        iterations: 100_000,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
    }
    const mine = accounts.find((a) => a.username === 'agent07')!
    const seeded = accounts.find((a) => a.username === 'agent01')!
    expect(mine.passwordHash?.salt).not.toBe(seeded.passwordHash?.salt)
  })

  it('sign-in takes the right password and refuses a wrong one', async () => {
    expect((await signIn('agent07', NEW_PASSWORD)).status).toBe(200)
    expect((await signIn('agent01', 'Demo@2026')).status).toBe(200)
    expect((await signIn('agent07', 'Welcome#2027X')).status).toBe(401)
    expect((await signIn('agent01', 'Demo@2026 ')).status).toBe(401)
    // Pasting what the table holds gets nobody in.
    const seeded = (await getBackend()).db.staff.all().find((a) => a.username === 'lead01')!
    expect((await signIn('lead01', seeded.passwordHash!.hash)).status).toBe(401)
    expect((await signIn('nobody01', 'Demo@2026')).status).toBe(401)
  })
})

describe('the idempotency store', () => {
  it('keeps a fingerprint of each body, not the body, and still replays or refuses', async () => {
    const key = crypto.randomUUID()
    const staff = { ...NEW_STAFF, username: 'agent08', password: 'Another#2027y' }
    const first = await call(admin, 'POST', '/staff', staff, undefined, key)
    expect(first.status).toBe(201)
    const replay = await call(admin, 'POST', '/staff', staff, undefined, key)
    expect(replay.status).toBe(201)
    expect(replay.body).toEqual(first.body)
    const other = await call(
      admin,
      'POST',
      '/staff',
      { ...staff, password: 'Another#2027z' },
      undefined,
      key,
    )
    expect(other.status).toBe(422)
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED')

    // A real-name check carries the full ID number in its body.
    const { db } = await getBackend()
    const user = db.users
      .all()
      .find(
        (u) => !u.guardian && !u.deceased && u.birthDate !== null && u.birthDate < '2000-01-01',
      )!
    const registered = await intake(user.id)
    const checkKey = crypto.randomUUID()
    const body = {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'pass',
      subject: { name: user.name, idNumber: user.idNumber },
    }
    const checked = await call<RequestDetail>(
      'agent01',
      'POST',
      `/requests/${registered.id}/identity-checks`,
      body,
      registered.version,
      checkKey,
    )
    expect(checked.status).toBe(200)
    const again = await call<RequestDetail>(
      'agent01',
      'POST',
      `/requests/${registered.id}/identity-checks`,
      body,
      registered.version,
      checkKey,
    )
    expect(again.body).toEqual(checked.body)

    const store = await rawTable('idempotency')
    expect(store).not.toContain('Another#2027y')
    expect(store).not.toContain(NEW_PASSWORD)
    expect(store).not.toContain(user.idNumber)
  })
})
