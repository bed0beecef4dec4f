import { describe, expect, it } from 'vitest'
import { parseRoleMatrix } from './role-matrix'

const ROLES = ['agent', 'lead', 'compliance', 'admin'] as const

describe('parseRoleMatrix', () => {
  it('reads one row per line: its key, a mark per role in the header order, and its flags', () => {
    const rows = parseRoleMatrix(
      `
      route                    agent  lead  compliance  admin
      # a comment line is skipped
      GET    /requests          ✓      ✓     ✓           ✓
      POST   /requests/:id/x    ✗      ✓     ✗           ✗
      PUT    /audit-events      405    405   405         405
      POST   /session           ✓      ✓     ✓           ✓     public
      `,
      ROLES,
    )
    expect(rows).toEqual([
      {
        key: 'GET /requests',
        access: { agent: '✓', lead: '✓', compliance: '✓', admin: '✓' },
        flags: [],
      },
      {
        key: 'POST /requests/:id/x',
        access: { agent: '✗', lead: '✓', compliance: '✗', admin: '✗' },
        flags: [],
      },
      {
        key: 'PUT /audit-events',
        access: { agent: '405', lead: '405', compliance: '405', admin: '405' },
        flags: [],
      },
      {
        key: 'POST /session',
        access: { agent: '✓', lead: '✓', compliance: '✓', admin: '✓' },
        flags: ['public'],
      },
    ])
  })

  it('takes a one-word key, as a screen path is, and columns after the roles', () => {
    const rows = parseRoleMatrix(
      'screen agent lead compliance admin heading\nadmin/staff ✗ ✗ ✗ ✓ 员工',
      ROLES,
    )
    expect(rows.map((r) => [r.key, r.access.admin, r.access.agent, r.flags])).toEqual([
      ['admin/staff', '✓', '✗', ['员工']],
    ])
  })

  it('refuses a header whose roles are missing or in another order', () => {
    expect(() => parseRoleMatrix('route agent compliance lead admin\nx ✓ ✓ ✓ ✓', ROLES)).toThrow(
      'the header must name the roles agent lead compliance admin in order',
    )
    expect(() => parseRoleMatrix('route agent lead compliance\nx ✓ ✓ ✓', ROLES)).toThrow(
      'the header must name the roles',
    )
    expect(() => parseRoleMatrix('agent lead compliance admin\nx ✓ ✓ ✓ ✓', ROLES)).toThrow(
      'the header must name the roles',
    )
  })

  it('refuses a row with a mark too few, an unknown mark or no key', () => {
    const header = 'route agent lead compliance admin\n'
    expect(() => parseRoleMatrix(`${header}GET /x ✓ ✓ ✓`, ROLES)).toThrow('expected 4 marks')
    expect(() => parseRoleMatrix(`${header}GET /x ✓ ✓ ok ✓`, ROLES)).toThrow('expected 4 marks')
    expect(() => parseRoleMatrix(`${header}✓ ✓ ✓ ✓`, ROLES)).toThrow('no key or no marks')
  })

  it('refuses two rows for the same key', () => {
    expect(() =>
      parseRoleMatrix('route agent lead compliance admin\nGET /x ✓ ✓ ✓ ✓\nGET /x ✗ ✗ ✗ ✗', ROLES),
    ).toThrow('"GET /x" has two rows')
  })
})
