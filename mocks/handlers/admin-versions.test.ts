import { beforeAll, describe, expect, it } from 'vitest'
import { openApiDocument } from '../../scripts/openapi'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { API, call, tokenOf } from '../test-client'

// Two admins, or one in two tabs, editing the same settings, staff account or calendar year:
// a write that does not say which version it saw, or saw an old one, must change nothing.

const admin = 'admin01'

beforeAll(() => resetMockBackend())

describe('PUT /api/settings needs If-Match', () => {
  it('428 without, 412 with the current settings when stale, and each save bumps the version', async () => {
    const loaded = (await call<Record<string, number>>(admin, 'GET', '/settings')).body
    expect(loaded.version).toBe(1)
    const { version: _v, ...values } = loaded

    const blind = await call(admin, 'PUT', '/settings', { ...values, otherDeadlineDays: 12 })
    expect(blind.status).toBe(428)
    expect(blind.body.code).toBe('PRECONDITION_REQUIRED')
    for (const bad of ['1.0', '0x1', 'W/"1"']) {
      const r = await fetchWithIfMatch('/settings', 'PUT', values, bad)
      expect(r.status, bad).toBe(400)
    }
    expect((await call(admin, 'GET', '/settings')).body).toMatchObject({
      otherDeadlineDays: 15,
      version: 1,
    })

    const first = await call(admin, 'PUT', '/settings', { ...values, otherDeadlineDays: 12 }, 1)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ otherDeadlineDays: 12, version: 2 })

    // The second tab still holds version 1.
    const stale = await call(admin, 'PUT', '/settings', { ...values, otherDeadlineDays: 10 }, 1)
    expect(stale.status).toBe(412)
    expect(stale.body.code).toBe('STALE_VERSION')
    expect(stale.body.details?.current).toMatchObject({ otherDeadlineDays: 12, version: 2 })
    expect((await call(admin, 'GET', '/settings')).body).toMatchObject({
      otherDeadlineDays: 12,
      version: 2,
    })

    // A version the client made up is stale too; the body cannot set the version.
    expect((await call(admin, 'PUT', '/settings', values, 3)).status).toBe(412)
    const next = await call(admin, 'PUT', '/settings', { ...values, version: 99 }, 2)
    expect(next.body).toMatchObject({ otherDeadlineDays: 15, version: 3 })
  })
})

describe('PATCH /api/staff/{id} needs If-Match', () => {
  it('428 without, 412 with the current account (never its password hash) when stale', async () => {
    const list = await call<{ items: { id: string; version: number }[] }>(admin, 'GET', '/staff')
    expect(list.body.items.find((s) => s.id === 'S002')).toMatchObject({ version: 1 })

    const blind = await call(admin, 'PATCH', '/staff/S002', { active: false })
    expect(blind.status).toBe(428)
    const { db } = await getBackend()
    expect(db.staff.get('S002')).toMatchObject({ active: true, version: 1 })

    const renamed = await call(admin, 'PATCH', '/staff/S002', { displayName: '客服小王二' }, 1)
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ displayName: '客服小王二', version: 2 })

    // Deactivating on the strength of the old page is refused, with what changed meanwhile.
    const stale = await call(admin, 'PATCH', '/staff/S002', { active: false }, 1)
    expect(stale.status).toBe(412)
    expect(stale.body.details?.current).toEqual({
      id: 'S002',
      username: 'agent02',
      displayName: '客服小王二',
      role: 'agent',
      active: true,
      activated: true,
      version: 2,
    })
    expect(db.staff.get('S002')).toMatchObject({ active: true, version: 2 })
    expect((await call('agent02', 'GET', '/session')).status).toBe(200)

    const off = await call(admin, 'PATCH', '/staff/S002', { active: false }, 2)
    expect(off.body).toMatchObject({ active: false, version: 3 })
  })

  it('a new account starts at version 1', async () => {
    const created = await call<{ id: string }>(admin, 'POST', '/staff', {
      username: 'agent09',
      displayName: '客服小周',
      role: 'agent',
      contact: '13700009999',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ version: 1 })
  })
})

describe('PUT /api/calendar/{year} needs If-Match', () => {
  const EMPTY = { holidays: {}, workdays: {} }

  it('a stored year starts at version 1 and a stale write is refused', async () => {
    expect((await call(admin, 'GET', '/calendar/2026')).body).toMatchObject({ version: 1 })
    const year = (await call<Record<string, unknown>>(admin, 'GET', '/calendar/2026')).body
    const body = { holidays: year.holidays, workdays: year.workdays }
    expect((await call(admin, 'PUT', '/calendar/2026', body)).status).toBe(428)
    expect((await call(admin, 'PUT', '/calendar/2026', body, 0)).status).toBe(412)
    const saved = await call(admin, 'PUT', '/calendar/2026', body, 1)
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ source: 'admin', version: 2 })
    const stale = await call(admin, 'PUT', '/calendar/2026', body, 1)
    expect(stale.status).toBe(412)
    expect(stale.body.details?.current).toMatchObject({ year: 2026, version: 2 })
  })

  it('a year not stored yet is version 0: its first PUT sends 0, a second one with 0 is stale', async () => {
    expect((await call(admin, 'GET', '/calendar/2031')).body).toMatchObject({
      loaded: false,
      version: 0,
    })
    expect((await call(admin, 'PUT', '/calendar/2031', EMPTY)).status).toBe(428)
    const guessed = await call(admin, 'PUT', '/calendar/2031', EMPTY, 1)
    expect(guessed.status).toBe(412)
    expect(guessed.body.details?.current).toMatchObject({ year: 2031, loaded: false, version: 0 })
    expect((await getBackend()).db.calendar.get(2031)).toBeUndefined()

    const first = await call(admin, 'PUT', '/calendar/2031', EMPTY, 0)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ loaded: true, version: 1 })
    const second = await call(admin, 'PUT', '/calendar/2031', EMPTY, 0)
    expect(second.status).toBe(412)
    expect(second.body.details?.current).toMatchObject({ loaded: true, version: 1 })
  })
})

/** A write with an If-Match header exactly as given, which call() would not produce. */
async function fetchWithIfMatch(path: string, method: string, body: unknown, ifMatch: string) {
  return fetch(`${API}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await tokenOf(admin)}`,
      'If-Match': ifMatch,
    },
    body: JSON.stringify(body),
  })
}

describe('the API document', () => {
  it('marks If-Match as required on the three admin writes, 0 allowed only for a calendar year', () => {
    const doc = openApiDocument() as {
      paths: Record<
        string,
        Record<
          string,
          { parameters: { name: string; required: boolean; schema: { minimum?: number } }[] }
        >
      >
    }
    const ifMatch = (path: string, method: string) =>
      doc.paths[path]?.[method]?.parameters.find((p) => p.name === 'If-Match')
    expect(ifMatch('/api/settings', 'put')).toMatchObject({
      required: true,
      schema: { minimum: 1 },
    })
    expect(ifMatch('/api/staff/{id}', 'patch')).toMatchObject({
      required: true,
      schema: { minimum: 1 },
    })
    expect(ifMatch('/api/calendar/{year}', 'put')).toMatchObject({
      required: true,
      schema: { minimum: 0 },
    })
    expect(ifMatch('/api/users/{userId}/reveal', 'post')).toBeUndefined()
  })
})
