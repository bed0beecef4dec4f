import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, signIn } from '../test-client'

const NEW_STAFF = {
  username: 'agent03',
  displayName: '客服小赵',
  role: 'agent',
  password: 'Welcome#2027x',
}
const admin = 'admin01'
let created = ''

/** The version of an account as the staff page would have loaded it (1 for one that is not there). */
async function versionOf(id: string): Promise<number> {
  const list = await call<{ items: { id: string; version: number }[] }>(admin, 'GET', '/staff')
  return list.body.items.find((s) => s.id === id)?.version ?? 1
}

beforeAll(async () => {
  resetMockBackend()
})

describe('staff accounts', () => {
  it('GET /api/staff never returns a password', async () => {
    const { token } = await signIn('agent01')
    const r = await call({ token }, 'GET', '/staff')
    expect(r.status).toBe(200)
    expect(r.text).not.toMatch(/password|Demo@2026/)
  })

  it('POST /api/staff enforces the username and password rules', async () => {
    expect((await call(admin, 'POST', '/staff', NEW_STAFF, undefined, null)).status).toBe(400)
    const weak = await call(admin, 'POST', '/staff', { ...NEW_STAFF, password: 'agent03abc' })
    expect(weak.status).toBe(400)
    expect(weak.body.details).toMatchObject({
      fields: { password: expect.stringMatching(/password/) },
    })
    const badName = await call(admin, 'POST', '/staff', { ...NEW_STAFF, username: '3X' })
    expect(badName.body.details).toMatchObject({ fields: { username: expect.any(String) } })
    const agent = (await signIn('agent01')).token
    expect((await call({ token: agent }, 'POST', '/staff', NEW_STAFF)).status).toBe(403)
  })

  it('creates an account once per key, refuses a taken username, and the account can sign in', async () => {
    const key = crypto.randomUUID()
    const first = await call(admin, 'POST', '/staff', NEW_STAFF, undefined, key)
    expect(first.status).toBe(201)
    expect(first.body).toEqual({
      id: expect.stringMatching(/^S\d{3}$/),
      username: 'agent03',
      displayName: '客服小赵',
      role: 'agent',
      active: true,
      version: 1,
    })
    created = String(first.body.id)
    const replay = await call(admin, 'POST', '/staff', NEW_STAFF, undefined, key)
    expect(replay.body).toEqual(first.body)
    expect(
      (await getBackend()).db.staff.all().filter((s) => s.username === 'agent03'),
    ).toHaveLength(1)
    const taken = await call(admin, 'POST', '/staff', { ...NEW_STAFF, displayName: 'x' })
    expect(taken.status).toBe(409)
    expect(taken.body.code).toBe('USERNAME_TAKEN')
    expect((await signIn('agent03', NEW_STAFF.password)).status).toBe(200)
  })

  it('deactivating ends the sessions and blocks sign-in; reactivating allows a new sign-in only', async () => {
    const { token } = await signIn('agent03', NEW_STAFF.password)
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
    expect((await signIn('agent03', NEW_STAFF.password)).status).toBe(401)

    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, { active: true }, await versionOf(created)))
        .body,
    ).toMatchObject({
      active: true,
    })
    expect((await call({ token }, 'GET', '/session')).status).toBe(401)
    expect((await signIn('agent03', NEW_STAFF.password)).status).toBe(200)
  })

  it('a role change applies at once: the old sessions end', async () => {
    const { token } = await signIn('agent03', NEW_STAFF.password)
    expect(
      (await call(admin, 'PATCH', `/staff/${created}`, { role: 'lead' }, await versionOf(created)))
        .body,
    ).toMatchObject({
      role: 'lead',
    })
    expect((await call({ token }, 'GET', '/session')).status).toBe(401)
    const again = await signIn('agent03', NEW_STAFF.password)
    expect((await call({ token: again.token }, 'GET', '/session')).body).toMatchObject({
      staff: { role: 'lead' },
    })
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
})
