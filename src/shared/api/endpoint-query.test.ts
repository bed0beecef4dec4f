import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { endpointQuery } from './endpoint-query'
import { callEndpoint } from './http-client'
import { requestEndpoints } from './endpoints/requests'
import { sessionEndpoints } from './endpoints/session'
import { sessionStore } from './session-store'

describe('endpointQuery', () => {
  afterEach(() => sessionStore.clear())

  it('caches the endpoint’s parsed answer under the key it was given', async () => {
    const session = await callEndpoint(sessionEndpoints.signIn, {
      body: { username: 'lead01', password: 'Demo@2026' },
    })
    sessionStore.setToken(session.token)
    const queryClient = new QueryClient()
    const query = endpointQuery(['requests', 'detail', 'R000001'], requestEndpoints.detail, {
      params: { id: 'R000001' },
    })
    expect(query.queryKey).toEqual(['requests', 'detail', 'R000001'])
    const request = await queryClient.fetchQuery(query)
    expect(request.id).toBe('R000001')
    expect(queryClient.getQueryData(['requests', 'detail', 'R000001'])).toBe(request)
  })
})
