import { describe, expect, it } from 'vitest'
import { commaList, defineEndpoint, fillPath, ifMatchOf, paramsSchema } from './endpoint'
import { z } from './zod'

describe('fillPath', () => {
  it('puts each parameter in its place, encoded', () => {
    expect(fillPath('/requests/:id/decision', { id: 'R 1/2' })).toBe('/requests/R%201%2F2/decision')
    expect(fillPath('/incidents/:incidentId/campaigns/retry', { incidentId: 'INC-7' })).toBe(
      '/incidents/INC-7/campaigns/retry',
    )
  })

  it('refuses a missing parameter', () => {
    expect(() => fillPath('/users/:userId', {})).toThrow(/userId/)
  })
})

describe('commaList', () => {
  const list = commaList(z.enum(['open', 'closed']), 12)

  it('splits the values at commas, skipping empty ones', () => {
    expect(z.parse(list, 'open,closed')).toEqual(['open', 'closed'])
    expect(z.parse(list, ',open,,')).toEqual(['open'])
    expect(z.parse(list, '')).toEqual([])
  })

  it('refuses an unknown value and text longer than its limit', () => {
    expect(list.safeParse('open,lost').success).toBe(false)
    expect(list.safeParse('open,closed,').success).toBe(true)
    expect(list.safeParse('open,closed,,').success).toBe(false)
  })
})

describe('paramsSchema', () => {
  it('caps each path parameter at 128 characters unless the endpoint says otherwise', () => {
    const schema = paramsSchema({ path: '/requests/:id/notes' })
    expect(schema.safeParse({ id: 'x'.repeat(128) }).success).toBe(true)
    expect(schema.safeParse({ id: 'x'.repeat(129) }).success).toBe(false)
    const own = z.object({ year: z.string().check(z.regex(/^\d{4}$/)) })
    expect(paramsSchema({ path: '/calendar/:year', params: own })).toBe(own)
  })
})

describe('ifMatchOf', () => {
  it('asks for the version on an idempotent action below a request, or as declared', () => {
    const action = defineEndpoint({
      method: 'post',
      path: '/requests/:id/notes',
      roles: ['agent'],
      idempotent: true,
    })
    const read = defineEndpoint({ method: 'get', path: '/requests/:id', roles: ['agent'] })
    const settings = defineEndpoint({
      method: 'put',
      path: '/settings',
      roles: ['admin'],
      ifMatch: 'version',
    })
    expect(ifMatchOf(action)).toBe('version')
    expect(ifMatchOf(read)).toBe(null)
    expect(ifMatchOf(settings)).toBe('version')
  })
})
