import { composeTemplate } from '../../src/shared/lib/incident-template'
import { API, tokenOf } from '../test-client'
import { call, json, type ApiResult } from './disclosure-test-api'

// Helpers for the incident handler tests: a valid record, complete notices, and actions that
// carry the version (If-Match) the way the console sends them.

export function incidentInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now()
  return {
    title: '测试事件：日志接口未鉴权',
    severity: 'medium',
    discoveredAt: new Date(now - 3_600_000).toISOString(),
    occurredFrom: new Date(now - 3 * 86_400_000).toISOString(),
    occurredTo: new Date(now - 2 * 86_400_000).toISOString(),
    dataCategories: ['contact'],
    description: '一个日志查询接口在配置变更后无需登录即可访问。',
    impact: '手机号可能被他人看到。',
    measuresTaken: '已关闭接口。',
    measuresPlanned: '上线前增加鉴权检查。',
    adviceToUsers: '警惕诈骗电话。',
    remedies: '免费开通来电提醒。',
    ...overrides,
  }
}

export const COMPLETE_ZH = composeTemplate(
  {
    incident: '接口配置错误，手机号可能外泄。',
    measures: '已关闭接口并排查日志。',
    categories: '您的手机号与姓名。',
    advice: '请警惕冒充平台的来电。',
    remedies: '可免费开通来电风险提醒一年。',
    contact: '客服热线 400-000-0000。',
  },
  'zh-CN',
)

export const COMPLETE_EN = composeTemplate(
  {
    incident: 'A misconfigured interface exposed phone numbers.',
    measures: 'We closed it and reviewed the logs.',
    categories: 'Your phone number and name.',
    advice: 'Beware of calls claiming to be us.',
    remedies: 'A free call-risk alert for a year.',
    contact: 'Call 400-000-0000 with any question.',
  },
  'en-US',
)

export async function createIncident(
  username = 'compliance01',
  overrides: Record<string, unknown> = {},
) {
  const result = await call(username, 'POST', '/incidents', incidentInput(overrides))
  if (result.status !== 201) throw new Error(`create failed: ${result.text}`)
  return json<{ id: string; version: number }>(result)
}

/** An action on an incident with If-Match, as a user who may pass a chosen idempotency key. */
export async function act(
  username: string,
  path: string,
  body: unknown,
  version: number | null,
  key: string = crypto.randomUUID(),
): Promise<ApiResult> {
  return callWithHeaders(
    username,
    path,
    body,
    version === null ? {} : { 'If-Match': String(version) },
    key,
  )
}

async function callWithHeaders(
  username: string,
  path: string,
  body: unknown,
  extra: Record<string, string>,
  key: string,
): Promise<ApiResult> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenOf(username)}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      ...extra,
    },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    text,
    contentType: response.headers.get('Content-Type'),
  }
}
