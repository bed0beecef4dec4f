import type { ConsentKey } from '../api/rights-schemas'
import { zhCN as commonChinese } from '../i18n/common/zh-CN'
import { COMPLAINT_CHANNEL } from './rejection-notice'
import { beijingTime } from './working-days'

const zh = commonChinese

/**
 * The confirmation a requester gets once a withdrawal is applied (policy 6(6)): each permission
 * withdrawn and what it stops, from when, and that what was done before stays lawful.
 */
export function consentWithdrawalNotice(input: {
  requestId: string
  keys: readonly ConsentKey[]
  at: string
}): string {
  return [
    `【任务易】您的撤回授权申请（编号 ${input.requestId}）已办理，自 ${beijingTime(input.at)}（北京时间）起生效。已撤回的授权及其影响：`,
    ...input.keys.map((k) => `- ${zh.consentKey[k]}：${zh.consentEffect[k]}。`),
    '撤回前基于您的授权已进行的处理仍然合法。您可以随时在 App 中重新开启相应授权。',
    `如有疑问，您可以${COMPLAINT_CHANNEL}与我们联系。`,
  ].join('\n')
}
