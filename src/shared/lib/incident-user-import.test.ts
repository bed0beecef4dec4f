import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'
import { planUserImport } from './incident-user-import'

const KNOWN = new Set(['U000001', 'U000002', 'U000003', 'U000004'])
const exists = (id: string) => KNOWN.has(id)

describe('planUserImport', () => {
  it('keeps a plain list of ids, with CRLF line ends and a byte-order mark', () => {
    const plan = planUserImport('\uFEFFU000001\r\nU000002\r\n U000003 \r\n', exists)
    expect(plan).toEqual({
      userIds: ['U000001', 'U000002', 'U000003'],
      problems: [],
      header: false,
      dataLines: 3,
    })
  })

  it('reports each bad line with its physical line number and reason, and keeps the good ones', () => {
    const text = [
      'U000001',
      'u000002',
      '',
      'U000003,张三',
      'U000001',
      'U123456',
      '"U000004',
      ',',
      'U000004',
    ].join('\n')
    const plan = planUserImport(text, exists)
    expect(plan.userIds).toEqual(['U000001', 'U000004'])
    expect(plan.problems).toEqual([
      { line: 2, value: 'u000002', reason: 'invalid_id', firstLine: null },
      { line: 4, value: 'U000003,张三', reason: 'extra_columns', firstLine: null },
      { line: 5, value: 'U000001', reason: 'duplicate', firstLine: 1 },
      { line: 6, value: 'U123456', reason: 'unknown_user', firstLine: null },
      { line: 7, value: '"U000004', reason: 'malformed', firstLine: null },
      { line: 8, value: ',', reason: 'empty', firstLine: null },
    ])
    expect(plan.dataLines).toBe(8)
  })

  it('reads the id column named by a header and ignores the other columns', () => {
    const csv = toCsv(
      ['name', 'userId', 'note'],
      [
        ['张三', 'U000002', 'a, b'],
        ['李四', 'X1', ''],
        ['王五', 'U000003', ''],
      ],
    )
    const plan = planUserImport(csv, exists)
    expect(plan.header).toBe(true)
    expect(plan.userIds).toEqual(['U000002', 'U000003'])
    expect(plan.problems).toEqual([
      { line: 3, value: '李四,X1,', reason: 'invalid_id', firstLine: null },
    ])
  })

  it('without knowledge of users, checks only the form of the ids', () => {
    expect(planUserImport('U999999\nU000001').userIds).toEqual(['U999999', 'U000001'])
  })

  it('shortens a long line in the report', () => {
    const long = `U${'9'.repeat(200)}`
    const [problem] = planUserImport(long).problems
    expect(problem?.value).toHaveLength(58)
    expect(problem?.reason).toBe('invalid_id')
  })

  it('treats a file of blank lines as naming nobody', () => {
    expect(planUserImport('\n\n  \n')).toMatchObject({ userIds: [], problems: [], dataLines: 0 })
  })
})
