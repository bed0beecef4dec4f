import { describe, expect, it } from 'vitest'
import type { AuditEvent } from '../src/shared/api/schemas'
import { DATA_PLAN_ACTIONS, REVEAL_FIELDS } from '../src/shared/api/enums'
import { auditActionLabel } from '../src/shared/i18n/audit-actions'
import { IDENTITY_EVENTS } from '../src/shared/lib/identity-requirements'
import { resetMockBackend } from './node'
import { call } from './test-client'

// The codes come from the backend itself: from the calls in its source that write an audit
// event, and from the log that the seed and a short journey through the API leave behind.

const sources = Object.entries(
  import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)

const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1] ?? '')
const quoted = (text: string) => all(/'([a-z_]+)'/g, text)

// A request's audit action is `request.<the event its timeline records>`.
function requestEvents(): string[] {
  const events = new Set<string>(Object.values(IDENTITY_EVENTS))
  for (const [, text] of sources) {
    // `event: 'claimed'` and `event: outcome === 'approve' ? 'approved' : 'rejection_approved'`
    for (const line of all(/\bevent: ([^\n]+)/g, text))
      for (const word of quoted(line.replace(/=== '[a-z_]+'/g, ''))) events.add(word)
  }
  return [...events]
}

const incidentEvents = () =>
  sources.flatMap(([, text]) => all(/actOnIncident\(\s*ctx,\s*'([a-z_]+)'/g, text))

const chainPrefixes = () => sources.flatMap(([, text]) => all(/actionPrefix: '([a-z]+)'/g, text))

/** What each templated action in the source can become, from the values it is built from. */
function expand(template: string): string[] | null {
  switch (template) {
    case 'request.${event}':
    case 'request.${IDENTITY_EVENTS.autoClosed}':
      return requestEvents().map((e) => `request.${e}`)
    case 'incident.${event}':
      return incidentEvents().map((e) => `incident.${e}`)
    case 'user.data_${item.action}':
      return DATA_PLAN_ACTIONS.map((a) => `user.data_${a}`)
    case '${REVEAL_ACTION}${body.field}':
      return REVEAL_FIELDS.map((f) => `user.reveal.${f}`)
    case '${spec.actionPrefix}.${endpoint.method}':
      return chainPrefixes().flatMap((p) => ['put', 'patch', 'delete'].map((m) => `${p}.${m}`))
    case '${spec.actionPrefix}.checkpoint':
    case '${spec.actionPrefix}.checkpoints_export':
      return chainPrefixes().map((p) => template.replace('${spec.actionPrefix}', p))
    default:
      return null
  }
}

function codesInSource(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>()
  const unknownTemplates: string[] = []
  for (const [, text] of sources) {
    for (const code of all(/\baudit(?:As)?\(\s*'([^']+)'/g, text)) codes.add(code)
    for (const code of all(/\baction: '([a-z_]+\.[a-z_.]+)'/g, text)) codes.add(code)
    // `audit(REVEAL_REFUSED, …)`: the constant's value, from the same file.
    for (const name of all(/\baudit(?:As)?\(\s*([A-Z_]+),/g, text))
      all(new RegExp(`\\bconst ${name} = '([^']+)'`, 'g'), text).forEach((c) => codes.add(c))
    for (const template of all(/\baudit(?:As)?\(\s*`([^`]+)`/g, text)) {
      const expanded = expand(template)
      if (expanded) expanded.forEach((c) => codes.add(c))
      else unknownTemplates.push(template)
    }
  }
  return { codes, unknownTemplates }
}

const unlabelled = (codes: Iterable<string>) =>
  [...codes].filter((code) => !auditActionLabel(code, 'zh-CN') || !auditActionLabel(code, 'en-US'))

describe('the words for audit actions', () => {
  it('name every action code the backend source writes, in Chinese and in English', () => {
    const { codes, unknownTemplates } = codesInSource()
    expect(unknownTemplates, 'a templated action this test cannot expand').toEqual([])
    // The scan finds the codes it should: a sample written down by hand.
    for (const code of [
      'session.sign_in',
      'audit.export',
      'user.reveal.phone',
      'request.claimed',
      'request.decision_prepared_reject',
      'incident.closed',
      'disclosure.delete',
      'user.data_purged',
      'staff.activation_failed',
      'user.reveal_refused',
      'request.auto_closed_unverified',
    ])
      expect(codes, code).toContain(code)
    expect(codes.size).toBeGreaterThan(80)
    expect(unlabelled(codes)).toEqual([])
  })

  it('name every action in the log that the seed and a journey through the API leave', async () => {
    resetMockBackend()
    await call('agent01', 'GET', '/audit-events')
    await call('compliance01', 'GET', '/audit-events/export.csv')
    await call('compliance01', 'GET', '/disclosures/export.csv')
    await call('compliance01', 'DELETE', '/audit-events')
    await call('lead01', 'GET', '/reports/monthly.csv?month=2026-10')
    await call('agent01', 'DELETE', '/session')
    const page = await call<{ items: AuditEvent[] }>(
      'compliance01',
      'GET',
      '/audit-events?pageSize=200&sort=seq:asc',
    )
    const actions = new Set(page.body.items.map((e) => e.action))
    expect(actions).toContain('session.sign_in')
    expect(actions).toContain('audit.export')
    expect(actions).toContain('GET /api/audit-events')
    expect(unlabelled(actions)).toEqual([])
  })

  it('reads a request event as the timeline names it, and a refused call as refused', () => {
    expect(auditActionLabel('request.claimed', 'zh-CN')).toBe('请求：认领')
    expect(auditActionLabel('request.claimed', 'en-US')).toBe('Request: Claimed')
    expect(auditActionLabel('POST /api/requests/R1/approve', 'zh-CN')).toBe('无权调用的接口')
    expect(auditActionLabel('something.new', 'en-US')).toBeNull()
  })
})
