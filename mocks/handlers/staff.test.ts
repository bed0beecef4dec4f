import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { activationCodeSentTo } from '../test-backend'
import { activate, call, signIn } from '../test-client'

// The fake clock these tests run on, from the suite's fixed now, moved only by them.
let clockMs = TEST_NOW_MS
const advance = (ms: number) => {
  clockMs += ms
  vi.setSystemTime(clockMs)
}

const NEW_STAFF = {
  username: 'agent03',
  displayName: '客服小赵',
  role: 'agent',
  contact: '13900001111',
}
const PASSWORD = 'Welcome#2027x'
const admin = 'admin01'
let created = ''

/** The version of an account as the staff page would have loaded it (1 for one that is not there). */
async function versionOf(id: string): Promise<number> {
  const list = await call<{ items: { id: string; version: number }[] }>(admin, 'GET', '/staff')
  return list.body.items.find((s) => s.id === id)?.version ?? 1
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  clockMs = TEST_NOW_MS
  vi.setSystemTime(clockMs)
  resetMockBackend()
})
afterAll(() => {
  vi.useRealTimers()
})

// Sign-in slows down after a few wrong passwords (session.test.ts). Each sign-in here comes after
// the longest delay, so it gets the answer of the credentials, not the throttle's.
async function signInLater(username: string, password: string) {
  advance(121_000)
  return signIn(username, password)
}

async function lastAudit(action: string) {
  return (await getBackend()).db.auditEvents
    .all()
    .filter((e) => e.action === action)
    .at(-1)
}

async function auditActions(target: string): Promise<string[]> {
  const events = (await getBackend()).db.auditEvents.all().filter((e) => e.target === target)
  return events.map((e) => e.action)
}

describe('staff accounts', () => {
  it('GET /api/staff never returns a password or where codes go', async () => {
    const { token } = await signIn('agent01')
    const r = await call({ token }, 'GET', '/staff')
    expect(r.status).toBe(200)
    expect(r.text).not.toMatch(/password|Demo@2026|contact|staff\.example\.com/)
  })

  it('POST /api/staff enforces the username and address rules', async () => {
    expect((await call(admin, 'POST', '/staff', NEW_STAFF, undefined, null)).status).toBe(400)
    for (const contact of ['1390000111', '23900001111', 'agent03@', 'agent03 @x.cn', '']) {
      const bad = await call(admin, 'POST', '/staff', { ...NEW_STAFF, contact })
      expect(bad.status, contact).toBe(400)
      expect(bad.body.details).toMatchObject({ fields: { contact: expect.any(String) } })
    }
    const badName = await call(admin, 'POST', '/staff', { ...NEW_STAFF, username: '3X' })
    expect(badName.body.details).toMatchObject({ fields: { username: expect.any(String) } })
    const agent = (await signIn('agent01')).token
    expect((await call({ token: agent }, 'POST', '/staff', NEW_STAFF)).status).toBe(403)
    expect((await getBackend()).db.staff.all().some((s) => s.username === 'agent03')).toBe(false)
  })

  it('creates an account once per key that cannot sign in until its member activates it', async () => {
    const key = crypto.randomUUID()
    // An admin who sends a password of their choosing anyway: it is ignored.
    const hostile = { ...NEW_STAFF, password: PASSWORD }
    const first = await call(admin, 'POST', '/staff', hostile, undefined, key)
    expect(first.status).toBe(201)
    expect(first.body).toEqual({
      id: expect.stringMatching(/^S\d{3}$/),
      username: 'agent03',
      displayName: '客服小赵',
      role: 'agent',
      active: true,
      activated: false,
      version: 1,
    })
    created = String(first.body.id)
    const replay = await call(admin, 'POST', '/staff', hostile, undefined, key)
    expect(replay.body).toEqual(first.body)
    const { db } = await getBackend()
    expect(db.staff.all().filter((s) => s.username === 'agent03')).toHaveLength(1)
    // One code, to the member's own phone, whatever the replay.
    const sent = db.staffOutbox.all().filter((m) => m.staffId === created)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: '13900001111' })
    const taken = await call(admin, 'POST', '/staff', { ...NEW_STAFF, displayName: 'x' })
    expect(taken.status).toBe(409)
    expect(taken.body.code).toBe('USERNAME_TAKEN')
    for (const guess of [' ', PASSWORD, 'Demo@2026', 'null'])
      expect((await signInLater('agent03', guess)).status).toBe(401)
  })

  it('the code is in no staff-facing answer, no audit event or export, and only hashed in store', async () => {
    const code = await activationCodeSentTo('agent03')
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    const answers = [
      await call(admin, 'GET', '/staff'),
      await call(admin, 'GET', '/audit-events?pageSize=200'),
      await call('compliance01', 'GET', '/audit-events?pageSize=200'),
      await call('compliance01', 'GET', '/audit-events/export.csv'),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.text).not.toContain(code)
    }
    const { db } = await getBackend()
    expect(JSON.stringify(db.auditEvents.all())).not.toContain(code)
    expect(JSON.stringify(db.staffActivations.all())).not.toContain(code)
    expect(JSON.stringify(db.staff.all())).not.toContain(code)
    expect(await auditActions(created)).toEqual(['staff.created'])
    // Where the code went is recorded masked.
    expect((await lastAudit('staff.created'))?.reason).toBe(
      'agent03 as agent; activation code sent to 139****1111',
    )
  })

  it("one member's code does not activate another account", async () => {
    const other = await call(admin, 'POST', '/staff', {
      ...NEW_STAFF,
      username: 'agent04',
      contact: 'agent04@staff.example.com',
    })
    expect(other.status).toBe(201)
    const mine = await activationCodeSentTo('agent04')
    const r = await activate('agent03', mine, PASSWORD)
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('ACTIVATION_CODE_WRONG')
    const unknown = await activate('nobody09', mine, PASSWORD)
    expect(unknown.status).toBe(400)
    expect(unknown.body.code).toBe('ACTIVATION_CODE_WRONG')
    expect((await signInLater('agent03', PASSWORD)).status).toBe(401)
  })

  it('the member sets their own password with the code, once', async () => {
    const code = await activationCodeSentTo('agent03')
    const weak = await activate('agent03', code, 'agent03Abc#1')
    expect(weak.status).toBe(400)
    expect(weak.body.details).toMatchObject({ fields: { password: expect.any(String) } })
    // Lower-case typing of the code is fine.
    const ok = await activate('agent03', code.toLowerCase(), PASSWORD)
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ username: 'agent03' })
    expect((await signInLater('agent03', PASSWORD)).status).toBe(200)
    expect((await call(admin, 'GET', '/staff')).body).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ id: created, activated: true })]),
    })
    expect(await auditActions(created)).toContain('staff.activated')
    const again = await activate('agent03', code, 'Another#2027x')
    expect(again.status).toBe(410)
    expect(again.body.code).toBe('ACTIVATION_CODE_USED')
    expect((await signInLater('agent03', 'Another#2027x')).status).toBe(401)
    expect((await signInLater('agent03', PASSWORD)).status).toBe(200)
  })

  it('five wrong codes void the code; only a new one from an admin works', async () => {
    const r = await call(admin, 'POST', '/staff', { ...NEW_STAFF, username: 'agent06' })
    const id = String(r.body.id)
    const code = await activationCodeSentTo('agent06')
    const wrong = code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA'
    for (let i = 1; i <= 4; i++) {
      const guess = await activate('agent06', wrong, PASSWORD)
      expect(guess.status, `guess ${i}`).toBe(400)
      expect(guess.body.code).toBe('ACTIVATION_CODE_WRONG')
    }
    const fifth = await activate('agent06', wrong, PASSWORD)
    expect(fifth.status).toBe(410)
    expect(fifth.body.code).toBe('ACTIVATION_CODE_VOID')
    const right = await activate('agent06', code, PASSWORD)
    expect(right.status).toBe(410)
    expect(right.body.code).toBe('ACTIVATION_CODE_VOID')
    expect((await signInLater('agent06', PASSWORD)).status).toBe(401)

    const reissued = await call(admin, 'POST', `/staff/${id}/activation-code`, {})
    expect(reissued.status).toBe(200)
    expect(reissued.text).not.toMatch(/[A-Z2-9]{8}/)
    const fresh = await activationCodeSentTo('agent06')
    expect(fresh).not.toBe(code)
    expect((await activate('agent06', code, PASSWORD)).body.code).toBe('ACTIVATION_CODE_WRONG')
    expect((await activate('agent06', fresh, PASSWORD)).status).toBe(200)
    expect((await signInLater('agent06', PASSWORD)).status).toBe(200)
  })

  it('a password reset ends the old password and sessions; the member sets a new one', async () => {
    const { token } = await signInLater('agent03', PASSWORD)
    const agent = (await signIn('agent01')).token
    expect(
      (await call({ token: agent }, 'POST', `/staff/${created}/activation-code`, {})).status,
    ).toBe(403)
    const r = await call(admin, 'POST', `/staff/${created}/activation-code`, {})
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ id: created, activated: false })
    expect((await call({ token }, 'GET', '/session')).status).toBe(401)
    expect((await signInLater('agent03', PASSWORD)).status).toBe(401)
    expect(await lastAudit('staff.password_reset')).toMatchObject({
      target: created,
      actorId: 'S005',
      // agent03 signed in twice when activating, and once above.
      reason: 'activation code sent to 139****1111; 3 session(s) ended',
    })
    const code = await activationCodeSentTo('agent03')
    expect((await activate('agent03', code, 'Renewed#2027x')).status).toBe(200)
    expect((await signInLater('agent03', PASSWORD)).status).toBe(401)
    expect((await signInLater('agent03', 'Renewed#2027x')).status).toBe(200)
    const self = await call(admin, 'POST', '/staff/S005/activation-code', {})
    expect(self.status).toBe(409)
    expect((await call(admin, 'POST', '/staff/S999/activation-code', {})).status).toBe(404)
  })

  it('only an admin resets a password: an agent, a lead or compliance is refused, audited, and nothing changes', async () => {
    const { token } = await signInLater('agent03', 'Renewed#2027x')
    const backend = await getBackend()
    const before = backend.db.staff.get(created)!
    const codeBefore = await activationCodeSentTo('agent03')
    for (const who of ['agent01', 'lead01', 'compliance01']) {
      const r = await call(who, 'POST', `/staff/${created}/activation-code`, {})
      expect(r.status, who).toBe(403)
      expect(r.body.code).toBe('FORBIDDEN')
      expect(await lastAudit(`POST /api/staff/${created}/activation-code`)).toMatchObject({
        actorId: backend.db.staff.all().find((s) => s.username === who)!.id,
        outcome: 'denied',
      })
    }
    // The password, the session and the last code are as they were.
    expect(backend.db.staff.get(created)!.passwordHash).toBe(before.passwordHash)
    expect((await call({ token }, 'GET', '/session')).status).toBe(200)
    expect(await activationCodeSentTo('agent03')).toBe(codeBefore)
  })

  it('deactivating ends the sessions and blocks sign-in; reactivating allows a new sign-in only', async () => {
    const password = 'Renewed#2027x'
    const { token } = await signInLater('agent03', password)
    expect((await call({ token }, 'GET', '/session')).status).toBe(200)
    const off = await call(
      admin,
      'PATCH',
      `/staff/${created}`,
      { active: false },
      await versionOf(created),
    )
    expect(off.body).toMatchObject({ id: created, active: false })
    expect((await call({ token }, 'GET', '/requests/counts')).status).toBe(401)
    expect((await signInLater('agent03', password)).status).toBe(401)

    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, { active: true }, await versionOf(created)))
        .body,
    ).toMatchObject({
      active: true,
    })
    expect((await call({ token }, 'GET', '/session')).status).toBe(401)
    expect((await signInLater('agent03', password)).status).toBe(200)
  })

  it('a role change applies at once: the old sessions end; making a checker is audited', async () => {
    const password = 'Renewed#2027x'
    const { token } = await signInLater('agent03', password)
    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, { role: 'lead' }, await versionOf(created)))
        .body,
    ).toMatchObject({
      role: 'lead',
    })
    expect((await call({ token }, 'GET', '/session')).status).toBe(401)
    const again = await signInLater('agent03', password)
    expect((await call({ token: again.token }, 'GET', '/session')).body).toMatchObject({
      staff: { role: 'lead' },
    })
    expect((await auditActions(created)).slice(-2)).toEqual([
      'staff.role_changed',
      'staff.checker_granted',
    ])
  })

  it('a lead created by an admin cannot approve anything before its member activates it', async () => {
    const r = await call(admin, 'POST', '/staff', {
      ...NEW_STAFF,
      username: 'lead09',
      role: 'lead',
    })
    expect(r.status).toBe(201)
    expect(await auditActions(String(r.body.id))).toEqual([
      'staff.created',
      'staff.checker_granted',
    ])
    for (const guess of [PASSWORD, 'Demo@2026', 'null'])
      expect((await signInLater('lead09', guess)).status).toBe(401)
  })

  it('an admin cannot deactivate themselves or change their own role', async () => {
    for (const change of [{ active: false }, { role: 'agent' }]) {
      const r = await call(admin, 'PATCH', '/staff/S005', change, await versionOf('S005'))
      expect(r.status).toBe(409)
      expect(r.body.code).toBe('SELF_LOCKOUT')
    }
    expect(
      (
        await call(
          admin,
          'PATCH',
          '/staff/S005',
          { displayName: '管理员甲' },
          await versionOf('S005'),
        )
      ).status,
    ).toBe(200)
    expect((await call(admin, 'PATCH', '/staff/S999', { active: false }, 1)).status).toBe(404)
    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, {}, await versionOf(created))).status,
    ).toBe(400)
    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, { role: 'boss' }, await versionOf(created)))
        .status,
    ).toBe(400)
  })

  // Last: the clock jumps a day, past every session's lifetime.
  it('a code is void after 24 hours', async () => {
    const r = await call(admin, 'POST', '/staff', { ...NEW_STAFF, username: 'agent05' })
    expect(r.status).toBe(201)
    const code = await activationCodeSentTo('agent05')
    advance(24 * 3_600_000 + 1_000)
    const late = await activate('agent05', code, PASSWORD)
    expect(late.status).toBe(410)
    expect(late.body.code).toBe('ACTIVATION_CODE_EXPIRED')
    expect((await signInLater('agent05', PASSWORD)).status).toBe(401)
  })
})
