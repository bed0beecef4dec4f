import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

const admin = 'admin01'

beforeAll(async () => {
  resetMockBackend()
})

describe('settings and calendar', () => {
  it('refuses a cancellation target later than the deadline', async () => {
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const r = await call(
      admin,
      'PUT',
      '/settings',
      {
        ...before.body,
        cancellationTargetDays: 12,
        cancellationDeadlineDays: 10,
      },
      before.body.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.details).toMatchObject({ fields: { cancellationTargetDays: expect.any(String) } })
  })

  it('a longer cancellation deadline moves the deadline of open cancellations', async () => {
    const backend = await getBackend()
    const open = backend.db.requests
      .all()
      .find((q) => q.type === 'cancellation' && q.status === 'in_review')!
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const r = await call<{ recomputed: number }>(
      admin,
      'PUT',
      '/settings',
      {
        ...before.body,
        cancellationDeadlineDays: 12,
      },
      before.body.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.recomputed).toBeGreaterThan(0)
    expect(backend.db.requests.get(open.id)!.deadlineAt! > open.deadlineAt!).toBe(true)
  })

  it('a calendar with a bad line changes nothing', async () => {
    const r = await call(
      admin,
      'PUT',
      '/calendar/2027',
      {
        text: '{"year":2027,\n"holidays":{"2027-13-01":"x"}}',
      },
      0,
    )
    expect(r.status).toBe(400)
    expect(r.body.details).toMatchObject({
      errors: [{ line: 2, message: expect.stringMatching(/2027-13-01/) }],
    })
    expect((await call(admin, 'GET', '/calendar/2027')).body).toMatchObject({ loaded: false })
  })
})
