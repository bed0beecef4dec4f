import { beforeAll, describe, expect, it } from 'vitest'
import { call, serverNow, type Page } from '../mocks/test-client'

// CONTRACT: Disclosure ledger: CSV exports are RFC 4180 and neutralise spreadsheet formulas: a
// cell that begins with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'`. The
// texts are sent through the public API, so they are the backend's to neutralise on the way out.

const FORMULAS = {
  equals: '=HYPERLINK("http://evil.example","点我")',
  plus: '+SUM(A1:A9)，合约测试',
  minus: '-SUM(A1:A9)，合约测试',
  at: '@SUM(A1:A9)，合约测试',
}

/** RFC 4180: fields split by commas, records by CRLF or LF, quotes doubled inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      cell += c
    } else if (c === ',') {
      endCell()
    } else {
      if (c === '\r' && body[i + 1] === '\n') i++
      endCell()
      rows.push(row)
      row = []
    }
  }
  if (cell !== '' || row.length) {
    endCell()
    rows.push(row)
  }
  return rows
}

async function exported(path: string): Promise<string[][]> {
  const r = await call('compliance01', 'GET', path)
  expect(r.status, path).toBe(200)
  expect(r.headers.get('Content-Type')).toMatch(/^text\/csv/)
  return parseCsv(r.text)
}

/** Every cell in the file that a spreadsheet would run as a formula. */
const formulaCells = (rows: string[][]) => rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))

let userIds: string[]
let disclosedAt: string

beforeAll(async () => {
  const users = await call<Page<{ id: string }>>('lead01', 'GET', '/users?pageSize=2')
  userIds = users.body.items.map((u) => u.id)
  disclosedAt = new Date((await serverNow()) - 3_600_000).toISOString()
})

describe('CSV exports neutralise formulas', () => {
  it('in the ledger export: recipient, contact, purpose and consent reference', async () => {
    const recorded = await call('compliance01', 'POST', '/disclosures', {
      basis: 'consent',
      userIds: [userIds[0]],
      recipient: { name: FORMULAS.equals, type: 'company', contact: FORMULAS.plus },
      dataItems: ['name'],
      purpose: FORMULAS.minus,
      disclosedAt,
      consentReference: FORMULAS.at,
    })
    expect(recorded.status, recorded.text).toBe(201)
    const cells = (await exported('/disclosures/export.csv')).flat()
    for (const text of Object.values(FORMULAS)) expect(cells).toContain(`'${text}`)
    expect(formulaCells(await exported('/disclosures/export.csv'))).toEqual([])
  })

  it('in the audit export: the claims of third-party applications', async () => {
    for (const claim of Object.values(FORMULAS)) {
      const r = await call('compliance01', 'POST', '/disclosures/applications', {
        userIds: [userIds[1]],
        recipient: { name: '合约测试申请人', type: 'individual', contact: '合约测试联系方式' },
        applicant: {
          name: '合约测试申请人',
          idNumber: '11010519491231002X',
          contact: '合约测试联系方式',
          claim,
        },
        evidence: [{ name: '起诉状.pdf', size: 1024, sha256: 'a'.repeat(64) }],
        dataItems: ['name'],
        purpose: '合约测试：申请人提起民事诉讼',
      })
      expect(r.status, r.text).toBe(201)
    }
    const rows = await exported('/audit-events/export.csv')
    const cells = rows.flat()
    for (const text of Object.values(FORMULAS)) expect(cells).toContain(`'${text}`)
    expect(formulaCells(rows)).toEqual([])
  })
})
