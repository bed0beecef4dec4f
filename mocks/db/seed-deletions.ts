import type { DeletionGround } from '../../src/shared/api/enums'
import type { DeletionRecord } from '../../src/shared/api/deletion-schemas'
import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { withCategoryExecuted } from '../../src/shared/lib/data-plan'
import { deletionNotice, deletionProposal } from '../../src/shared/lib/deletion-plan'
import { makeIdNumber } from '../../src/shared/lib/id-number'
import type { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import { scenarioRequest, scenarioUser } from './seed-scenario'

// Deletion requests (policy 6(3)) as the console records them: every prepared one carries its
// ground and per-category plan, and a few known situations are appended after the random seed
// (drawing nothing from its faker): in review for an active and for a cancelled account, and one
// waiting for the checker.

const DAY = 86_400_000
const AGENT = 'S001'
const GROUNDS: DeletionGround[] = ['unlawful_processing', 'no_consent', 'agreement_breach']
const EVIDENCE: Record<DeletionGround, string> = {
  unlawful_processing: '法务意见书：该类信息的处理缺少法律依据',
  no_consent: '授权记录显示用户未勾选同意定向推送，但画像仍在生成',
  agreement_breach: '用户投诉工单：平台超出约定范围使用其位置信息',
  account_cancelled: '账号已于注销流程中注销',
  purpose_no_longer_needed: '业务说明：该类信息所服务的活动已结束，不再需要',
  service_stopped_or_retention_expired: '保存期限表：该类信息的保存期限已届满',
  consent_withdrawn: '撤回授权请求记录：用户已撤回对该类处理的同意',
}

function record(ground: DeletionGround, preparedAt: string, by: string): DeletionRecord {
  return {
    ground,
    evidence: EVIDENCE[ground],
    note: null,
    items: deletionProposal({ preparedAt, lastDisclosureAt: null }),
    preparedAt,
    preparedBy: by,
  }
}

/** A randomly seeded deletion gets the ground and plan its prepared decision rests on. */
export function withDeletionRecord(r: PrivacyRequest): PrivacyRequest {
  if (r.type !== 'deletion' || r.decision?.outcome !== 'approve' || !r.preparedBy) return r
  const prepared = record(
    GROUNDS[Number(r.id.slice(1)) % GROUNDS.length]!,
    r.decision.preparedAt,
    r.preparedBy,
  )
  const decision = { ...r.decision, message: deletionNotice(r.id, prepared.ground, prepared.items) }
  let dataPlan: PrivacyRequest['dataPlan'] = null
  if (r.status === 'approved' || r.status === 'completed') {
    // A copy of the items, as parsing the record would make: the plan is carried out item by item
    // while the record of what was prepared stays as it was.
    dataPlan = {
      producedAt: prepared.preparedAt,
      items: prepared.items.map((item) => ({ ...item })),
      completedAt: null,
    }
    if (r.status === 'completed' && r.completedAt) {
      for (const i of prepared.items)
        dataPlan = withCategoryExecuted(dataPlan, i.category, r.completedAt, r.preparedBy)
    }
  }
  return { ...r, decision, dataPlan, details: { ...r.details, deletion: prepared } }
}

interface Scenario {
  name: string
  status: 'in_review' | 'pending_approval'
  accountStatus: PlatformUserRecord['accountStatus']
}

const SCENARIOS: Scenario[] = [
  { name: '许安然', status: 'in_review', accountStatus: 'active' },
  { name: '蒋文博', status: 'in_review', accountStatus: 'cancelled' },
  { name: '韩雪梅', status: 'pending_approval', accountStatus: 'active' },
]

function user(id: string, index: number, scenario: Scenario, now: number): PlatformUserRecord {
  const at = new Date(now - 500 * DAY).toISOString()
  const consent = { granted: scenario.accountStatus === 'active', changedAt: at }
  return scenarioUser({
    id,
    name: scenario.name,
    phone: `137${String(68_000_000 + index).padStart(8, '0')}`,
    idNumber: makeIdNumber(
      '310115',
      `1988${String(index + 3).padStart(2, '0')}21`,
      String(200 + index * 2),
    ),
    birthDate: `1988-${String(index + 3).padStart(2, '0')}-21`,
    gender: 'female',
    region: '上海市浦东新区',
    roles: ['worker'],
    accountStatus: scenario.accountStatus,
    registeredAt: at,
    consents: { accountList: consent, systemLogs: consent, clipboard: consent, marketing: consent },
  })
}

export function deletionScenarios(
  first: { user: number; request: number },
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): { users: PlatformUserRecord[]; requests: PrivacyRequest[] } {
  const users = SCENARIOS.map((s, i) =>
    user(`U${String(first.user + i).padStart(6, '0')}`, i, s, now),
  )
  const requests = SCENARIOS.map((scenario, i): PrivacyRequest => {
    const receivedAt = new Date(now - 2 * DAY).toISOString()
    const verifiedAt = new Date(Date.parse(receivedAt) + 2 * 3_600_000).toISOString()
    const prepared = scenario.status === 'pending_approval'
    const timeline: PrivacyRequest['timeline'] = [
      {
        at: receivedAt,
        actorId: 'system',
        action: 'received',
        reason: null,
        facts: { channel: 'app' },
      },
      { at: verifiedAt, actorId: AGENT, action: 'identity_passed', reason: null },
      { at: verifiedAt, actorId: AGENT, action: 'claimed', reason: null },
    ]
    if (prepared)
      timeline.push({
        at: verifiedAt,
        actorId: AGENT,
        action: 'deletion_prepared',
        reason: null,
        facts: { ground: 'no_consent' },
      })
    const request = scenarioRequest(
      {
        id: `R${String(first.request + i).padStart(6, '0')}`,
        type: 'deletion',
        status: scenario.status,
        userId: users[i]!.id,
        receivedAt,
        identityVerifiedAt: verifiedAt,
        assigneeId: AGENT,
        preparedBy: prepared ? AGENT : null,
        decision: prepared
          ? { outcome: 'approve', reasonCode: null, message: '', preparedAt: verifiedAt }
          : null,
        timeline,
      },
      calendar,
      settings,
    )
    return prepared ? withDeletionRecord(request) : request
  })
  return { users, requests }
}
