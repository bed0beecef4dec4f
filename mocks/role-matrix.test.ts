import { describe, expect, it } from 'vitest'
import { ROLES } from '../src/shared/api/enums'
import type { Access } from '../src/test/role-matrix'
import { accessOf, API_MATRIX, concretePath, isUnauthenticated } from '../contract/role-matrix'
import { ROUTES } from './http/route'
import './handlers'
import { probe, signIn, type Caller } from './test-client'
import { ACCOUNT_OF_ROLE } from '../src/test/demo-accounts'

// The table of who may call each route is the contract suite's (contract/role-matrix.ts): the
// same rows are checked here in process, and there over HTTP against any backend.

const name = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`

describe('the role matrix of the API', () => {
  it('has one row for every route the mock serves, and no other', () => {
    const served = ROUTES.map(name)
    const written = API_MATRIX.map((r) => r.key)
    expect(written.filter((key) => !served.includes(key))).toEqual([])
    expect(served.filter((key) => !written.includes(key))).toEqual([])
    expect(served.length).toBe(new Set(served).size)
  })

  it.each(API_MATRIX.map((row) => [row.key, row] as const))(
    '%s answers each role as written',
    async (key, row) => {
      const [method, path] = key.split(' ') as [string, string]
      const answered: Record<string, Access | string> = {}
      for (const role of ROLES) {
        // Signing out ends the session it is called with: that one is its own.
        const who: Caller =
          key === 'DELETE /session'
            ? { token: (await signIn(ACCOUNT_OF_ROLE[role])).token }
            : ACCOUNT_OF_ROLE[role]
        answered[role] = accessOf(await probe(who, method, concretePath(path)))
      }
      expect(answered).toEqual(row.access)
    },
  )

  it.each(API_MATRIX.map((row) => [row.key, row.flags.includes('public')] as const))(
    '%s without a session: 401 unless public (%s)',
    async (key, isPublic) => {
      const [method, path] = key.split(' ') as [string, string]
      const answer = await probe(null, method, concretePath(path))
      if (isPublic) expect([401, 403]).not.toContain(answer.status)
      else {
        expect(isUnauthenticated(answer), answer.text).toBe(true)
      }
    },
  )
})
