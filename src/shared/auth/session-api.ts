import { z } from '../api/zod'
import { apiRequest } from '../api/http-client'
import { sessionEndpoints } from '../api/endpoints/session'
import { callEndpoint } from '../api/http-client'

export function createSession(username: string, password: string) {
  return callEndpoint(sessionEndpoints.signIn, { body: { username, password } })
}

export function fetchSession() {
  return callEndpoint(sessionEndpoints.current, {})
}

export function deleteSession() {
  return apiRequest(z.null(), '/session', { method: 'DELETE' })
}
