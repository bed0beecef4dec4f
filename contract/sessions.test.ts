import { describe, expect, it } from 'vitest'
import { call, PASSWORD, SEEDED_STAFF, signIn } from '../mocks/test-client'

describe('sessions (CONTRACT: Sessions and roles)', () => {
  it.each(SEEDED_STAFF)('$username signs in as $role', async ({ username, role, displayName }) => {
    const r = await signIn(username)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      token: expect.any(String),
      expiresAt: expect.any(String),
      staff: { id: expect.any(String), username, displayName, role },
    })
    const current = await call<{ staff: { username: string } }>(
      { token: r.body.token },
      'GET',
      '/session',
    )
    expect(current.status).toBe(200)
    expect(current.body.staff.username).toBe(username)
  })

  it('refuses a wrong password, a missing token and a revoked one with 401', async () => {
    expect((await signIn('agent01', `${PASSWORD}x`)).status).toBe(401)
    expect((await call(null, 'GET', '/session')).status).toBe(401)
    const { body } = await signIn('agent02')
    const token = { token: body.token }
    expect((await call(token, 'DELETE', '/session')).status).toBe(204)
    expect((await call(token, 'GET', '/session')).status).toBe(401)
  })
})
