import {
  deletionGroundSource,
  type DataCategory,
  type DeletionGround,
  type RetentionDuty,
} from '../api/enums'
import type { DeletionPlanItemInput } from '../api/deletion-schemas'
import type { DataPlanItem } from '../api/schemas'
import type { FieldIssue, FieldIssueCode } from '../api/field-issues'
import { zhCN as commonChinese } from '../i18n/common/zh-CN'
import { cancellationDataPlan, planItemProblems, purgeDate } from './data-plan'
import { shanghaiDate } from './working-days'

// Deletion (policy 6(3)): staff decide each category of the user's data, starting from a proposal
// that keeps exactly what a legal duty requires. Used by the server (which enforces it) and the UI.

/** Which categories each retention duty actually covers: a duty cannot be named for anything else. */
export const DUTY_COVERS: Record<RetentionDuty, readonly DataCategory[]> = {
  transaction_records: ['task_history', 'payments'],
  accounting_tax: ['payments'],
  network_logs: ['device_logs'],
  disclosure_records: ['disclosure_records'],
}

export function dutiesFor(category: DataCategory): RetentionDuty[] {
  return (Object.keys(DUTY_COVERS) as RetentionDuty[]).filter((d) =>
    DUTY_COVERS[d].includes(category),
  )
}

export interface DeletionFacts {
  /** When the decision is prepared: what the law keeps is kept from this day. */
  preparedAt: string
  /** The user's most recent record in the disclosure ledger, if any. */
  lastDisclosureAt: string | null
}

/**
 * The proposal staff start from: the same legal floor as a cancellation. Whatever a duty keeps
 * stays until its purge date; the profile is anonymised because the kept records refer to it.
 */
export function deletionProposal(facts: DeletionFacts): DataPlanItem[] {
  return cancellationDataPlan({
    decidedAt: facts.preparedAt,
    lastDisclosureAt: facts.lastDisclosureAt,
  }).items
}

export interface ResolvedPlan {
  items: DataPlanItem[]
  /** Per category (`plan.<category>`), what is wrong; empty when the plan may be prepared. */
  problems: Record<string, string>
  /** The same problems by the code the console words them with. */
  issues: Record<string, FieldIssue>
}

/** A staff-edited plan checked against the proposal: every held category once, every duty honoured. */
export function resolveDeletionPlan(
  input: readonly DeletionPlanItemInput[],
  proposal: readonly DataPlanItem[],
  preparedAt: string,
): ResolvedPlan {
  const day = shanghaiDate(preparedAt)
  const problems: Record<string, string> = {}
  const issues: Record<string, FieldIssue> = {}
  const refuse = (key: string, code: FieldIssueCode, message: string) => {
    problems[key] = message
    issues[key] = { code }
  }
  const seen = new Set<DataCategory>()
  const items: DataPlanItem[] = []
  for (const row of input) {
    const key = `plan.${row.category}`
    const base = proposal.find((p) => p.category === row.category)
    if (!base) {
      refuse(key, 'not_found', 'the platform holds no such data about this user')
      continue
    }
    if (seen.has(row.category)) {
      refuse(key, 'duplicate', 'decided more than once')
      continue
    }
    seen.add(row.category)
    const duty = row.duty ?? null
    const retainFrom = duty ? (base.duty === duty ? base.retainFrom : day) : null
    const purgeOn = row.purgeOn ?? (duty && retainFrom ? purgeDate(duty, retainFrom) : null)
    const item: DataPlanItem = {
      category: row.category,
      action: row.action,
      duty,
      retainFrom,
      purgeOn,
      executedAt: null,
      executedBy: null,
    }
    const found = planItemProblems(item)
    if (duty && !DUTY_COVERS[duty].includes(row.category))
      found.push(`${duty} does not cover ${row.category}`)
    if (base.action === 'keep' && base.duty && (row.action !== 'keep' || duty !== base.duty)) {
      found.push(`the law requires keeping this under ${base.duty} until ${base.purgeOn}`)
    }
    if (found.length) refuse(key, 'retention_rule', found.join('; '))
    items.push(item)
  }
  for (const p of proposal)
    if (!seen.has(p.category) && !problems[`plan.${p.category}`])
      refuse(`plan.${p.category}`, 'required', 'not decided')
  return { items, problems, issues }
}

/** The ground as the user reads it; a statutory one names the law it comes from. */
function groundForUser(ground: DeletionGround): string {
  const zh = commonChinese
  return deletionGroundSource(ground).source === 'statutory'
    ? `《中华人民共和国个人信息保护法》第四十七条规定的情形，即${zh.deletionGround[ground]}`
    : zh.deletionGround[ground]
}

function keptLines(items: readonly DataPlanItem[]): string[] {
  const zh = commonChinese
  return items
    .filter((i) => i.action === 'keep' && i.duty)
    .map(
      (i) =>
        `- ${zh.dataCategory[i.category]}：${zh.retentionDuty[i.duty!]}，保存至 ${i.purgeOn}。`,
    )
}

/**
 * What the user is told once the deletion is approved: the ground, what is deleted and anonymised,
 * and what is kept, under which law and until when. In Chinese, the language of the app's users.
 */
export function deletionNotice(
  requestId: string,
  ground: DeletionGround,
  items: readonly DataPlanItem[],
): string {
  const zh = commonChinese
  const names = (action: DataPlanItem['action']) =>
    items.filter((i) => i.action === action).map((i) => zh.dataCategory[i.category])
  const lines = [
    `【任务易】您的删除个人信息申请（${requestId}）已审核通过，依据：${groundForUser(ground)}。`,
  ]
  const deleted = names('delete')
  const anonymised = names('anonymise')
  if (deleted.length) lines.push(`将删除：${deleted.join('、')}。`)
  if (anonymised.length) lines.push(`将匿名化处理（不再能识别您）：${anonymised.join('、')}。`)
  const kept = keptLines(items)
  if (kept.length) lines.push('以下信息因法律规定须保存，期满后删除：', ...kept)
  return lines.join('\n')
}

/** What the user is told once every category was carried out: done, and what stays until when. */
export function deletionDoneNotice(requestId: string, items: readonly DataPlanItem[]): string {
  const zh = commonChinese
  const names = (action: DataPlanItem['action']) =>
    items.filter((i) => i.action === action).map((i) => zh.dataCategory[i.category])
  const lines = [`【任务易】您的删除个人信息申请（${requestId}）已办理完毕。`]
  if (names('delete').length) lines.push(`已删除：${names('delete').join('、')}。`)
  if (names('anonymise').length) lines.push(`已匿名化处理：${names('anonymise').join('、')}。`)
  const kept = keptLines(items)
  if (kept.length) lines.push('依法保存、期满后删除的信息：', ...kept)
  return lines.join('\n')
}
