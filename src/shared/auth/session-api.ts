import { z } from '../api/zod'
import { apiRequest } from '../api/http-client'
import { sessionSchema } from '../api/schemas'

export function createSession(username: string, password: string) {
  return apiRequest(sessionSchema, '/session', { method: 'POST', body: { username, password } })
}

export function fetchSession() {
  return apiRequest(sessionSchema, '/session')
}

export function deleteSession() {
  return apiRequest(z.null(), '/session', { method: 'DELETE' })
}
