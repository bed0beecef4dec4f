import { beforeAll, describe, expect, it } from 'vitest'
import { resetMockBackend } from '../../mocks/node'
import { seededRequest } from './seeded-request'

beforeAll(() => resetMockBackend())

describe('seededRequest', () => {
  it('finds a seeded request of the wanted type, status and assignee', async () => {
    const found = await seededRequest({
      type: 'correction',
      status: 'in_review',
      assigneeId: 'S001',
    })
    expect(found).toMatchObject({ type: 'correction', status: 'in_review', assigneeId: 'S001' })
  })

  it('also asks the test its own question, with the database at hand', async () => {
    const found = await seededRequest(
      { type: 'copy' },
      (r, db) => db.users.get(r.userId) !== undefined,
    )
    expect(found.type).toBe('copy')
  })

  it('fails, saying what it looked for, when nothing seeded fits', async () => {
    await expect(seededRequest({ type: 'copy' }, () => false)).rejects.toThrow(
      'no seeded request {"type":"copy"}',
    )
  })
})
