import { describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../src/shared/api/enums'
import { openApiDocument } from '../scripts/openapi'
import { ROUTES } from './http/route'
import { getBackend } from './backend-instance'
import './handlers'
import { API, tokenOf } from './test-client'
import { ACCOUNT_OF_ROLE } from '../src/test/demo-accounts'

// A real id for each path parameter the API uses; a new parameter must be added here.
const SAMPLE: Record<string, string> = {
  id: 'R000001',
  userId: 'U000001',
  year: '2026',
  seq: '1',
  incidentId: 'I000001',
  disclosureId: 'D000001',
  applicationId: 'A000001',
  recordId: '1',
  checkpointId: 'ACP00001',
}

// Routes that answer only for one type of request get a seeded request of that type.
const REQUEST_OF_TYPE: Record<string, string> = {
  '/requests/:id/deletion-checklist': 'deletion',
}

async function pathFor(path: string): Promise<string> {
  const type = REQUEST_OF_TYPE[path]
  if (!type) return concretePath(path)
  const request = (await getBackend()).db.requests.all().find((r) => r.type === type)
  if (!request) throw new Error(`no seeded ${type} request`)
  return concretePath(path.replace(':id', request.id))
}

function concretePath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = SAMPLE[name]
    if (!value) throw new Error(`no sample value for path parameter ${name}`)
    return value
  })
}

describe('the API contract', () => {
  it('generates an OpenAPI 3.1 document with every route', () => {
    const doc = openApiDocument() as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }
    expect(doc.openapi).toBe('3.1.0')
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0)
    expect(operations).toBe(ROUTES.filter((r) => !r.mockOnly).length)
  })

  it('leaves the mock-only tools out of the document', () => {
    const doc = openApiDocument() as { paths: Record<string, unknown> }
    expect(ROUTES.some((r) => r.mockOnly)).toBe(true)
    expect(Object.keys(doc.paths)).not.toContain('/api/admin/reset')
  })

  const readable = ROUTES.filter((r) => r.method === 'get' && r.response && r.roles !== 'public')
  it.each(readable.map((r) => [r.path, r] as const))(
    'GET %s answers what the document says',
    async (_path, route) => {
      const role = route.roles === 'public' ? 'admin' : (route.roles[0] as Role)
      const response = await fetch(`${API}${await pathFor(route.path)}`, {
        headers: { Authorization: `Bearer ${await tokenOf(ACCOUNT_OF_ROLE[role])}` },
      })
      expect(response.status).toBe(200)
      const parsed = route.response!.safeParse(await response.json())
      expect(parsed.success ? null : parsed.error.issues.slice(0, 3)).toBeNull()
    },
  )

  // Server-side role checks on every handler, whatever the UI shows (table-driven).
  const denied = ROUTES.flatMap((r) =>
    r.roles === 'public'
      ? []
      : ROLES.filter((role) => !r.roles.includes(role)).map(
          (role) => [r.method, r.path, role] as const,
        ),
  )
  it.each(denied)('%s %s refuses %s with 403', async (method, path, role) => {
    const response = await fetch(`${API}${concretePath(path)}`, {
      method: method.toUpperCase(),
      headers: {
        Authorization: `Bearer ${await tokenOf(ACCOUNT_OF_ROLE[role])}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'contract-test-key',
        'If-Match': '1',
      },
      body: method === 'get' ? undefined : '{}',
    })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { code: string }).code).toBe('FORBIDDEN')
  })

  it('refuses every non-public route without a session', async () => {
    for (const r of ROUTES.filter((x) => x.roles !== 'public')) {
      const response = await fetch(`${API}${concretePath(r.path)}`, {
        method: r.method.toUpperCase(),
      })
      expect(response.status, `${r.method} ${r.path}`).toBe(401)
    }
  })
})
