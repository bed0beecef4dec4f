import { describe, expect, it } from 'vitest'
import { ROLES } from '../src/shared/api/enums'
import { ACCOUNT_OF_ROLE } from '../src/test/demo-accounts'
import type { Access } from '../src/test/role-matrix'
import { probe, signIn, type Caller, type Username } from '../mocks/test-client'
import { accessOf, API_MATRIX, concretePath, isUnauthenticated } from './role-matrix'

// CONTRACT: What each role may do (403 otherwise): every route of the written-down table, for
// every role and for nobody, over HTTP. The mock's own tools are not part of the contract.
const CONTRACT_ROUTES = API_MATRIX.filter((row) => !row.flags.includes('mock'))

function callRoute(who: Caller, key: string) {
  const [method, path] = key.split(' ') as [string, string]
  return probe(who, method, concretePath(path))
}

describe('the role matrix over HTTP', () => {
  it.each(CONTRACT_ROUTES.map((row) => [row.key, row] as const))(
    '%s answers each role as written',
    async (key, row) => {
      const answered: Record<string, Access | string> = {}
      for (const role of ROLES) {
        const username = ACCOUNT_OF_ROLE[role] as Username
        // Signing out ends the session it is called with: that one is its own.
        const who: Caller =
          key === 'DELETE /session' ? { token: (await signIn(username)).body.token } : username
        answered[role] = accessOf(await callRoute(who, key))
      }
      expect(answered).toEqual(row.access)
    },
  )

  it.each(CONTRACT_ROUTES.map((row) => [row.key, row.flags.includes('public')] as const))(
    '%s without a session: 401 unless public (%s)',
    async (key, isPublic) => {
      const answer = await callRoute(null, key)
      if (isPublic) expect([401, 403]).not.toContain(answer.status)
      else expect(isUnauthenticated(answer), answer.text).toBe(true)
    },
  )
})
