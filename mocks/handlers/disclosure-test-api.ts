import { API, tokenOf } from '../test-client'

// A small client for the handler tests: signs in as a seeded account and speaks raw HTTP, so
// the tests see exactly what a real client would (status codes, raw JSON, CSV text).

export interface ApiResult {
  status: number
  body: unknown
  text: string
  contentType: string | null
}

export async function call(
  username: string,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = crypto.randomUUID(),
): Promise<ApiResult> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await tokenOf(username)}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (key && method !== 'GET') headers['Idempotency-Key'] = key
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  return {
    status: response.status,
    body: parsed,
    text,
    contentType: response.headers.get('Content-Type'),
  }
}

export const json = <T = Record<string, unknown>>(result: ApiResult) => result.body as T

export function consentInput(overrides: Record<string, unknown> = {}) {
  return {
    basis: 'consent',
    userIds: ['U000001'],
    recipient: { name: '某保险公司', type: 'company', contact: '联系人 13812345678' },
    dataItems: ['name', 'phone'],
    purpose: '用户同意的保险投保',
    disclosedAt: '2026-01-05T10:00:00+08:00',
    consentReference: 'CONSENT-TEST0001',
    ...overrides,
  }
}

export function applicationInput(overrides: Record<string, unknown> = {}) {
  return {
    userIds: ['U000002'],
    recipient: { name: '李四', type: 'individual', contact: '13912345678' },
    applicant: {
      name: '李四',
      idNumber: '11010519491231002X',
      contact: '13912345678',
      claim: '任务报酬纠纷，需对方真实姓名以提起诉讼',
    },
    evidence: [{ name: '起诉状.pdf', size: 1024, sha256: 'a'.repeat(64) }],
    dataItems: ['name', 'phone'],
    purpose: '申请人提起民事诉讼',
    ...overrides,
  }
}
