import { fieldIssuesOf, type FieldIssue } from './field-issues'
import type { ErrorBody } from './schemas'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly correlationId: string
  readonly details: Record<string, unknown> | undefined

  constructor(status: number, body: ErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.correlationId = body.correlationId
    this.details = body.details
  }

  /** Field errors of a 400, keyed by field path, for antd Form.setFields. */
  get fieldErrors(): Record<string, string> {
    const fields = this.details?.fields
    if (!fields || typeof fields !== 'object') return {}
    return Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    )
  }

  /** What is wrong with each field, by code, for the console's own words. */
  get fieldIssues(): Record<string, FieldIssue> {
    return fieldIssuesOf(this.details)
  }
}

/** A failure before any HTTP answer: offline, DNS, aborted. Retried like a 5xx. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NetworkError'
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}
