import type { RejectionReason, RequestType } from '../api/enums'
import { zhCN as commonChinese } from '../i18n/common/zh-CN'

/**
 * Where a requester can complain about how their request was handled: the contact the privacy
 * policy itself gives (section 7, "联系我们").
 */
export const COMPLAINT_CHANNEL = '联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服'

const zh = commonChinese

/**
 * The one text that tells a requester their request was rejected, for every type and every path
 * (PIPL art. 50): the ground in words they can read, the reason staff wrote, and their remedies.
 */
export function rejectionNotice(input: {
  requestId: string
  type: RequestType
  ground: RejectionReason
  reason: string
}): string {
  const reason = input.reason.trim() || '无'
  return [
    `【任务易】您的${zh.requestType[input.type]}申请（编号 ${input.requestId}）未予办理。`,
    `依据：${zh.rejectionReason[input.ground]}。`,
    `原因：${reason}`,
    `如有异议，您可以${COMPLAINT_CHANNEL}向我们投诉；您也可以依据《中华人民共和国个人信息保护法》第五十条向人民法院提起诉讼。`,
  ].join('\n')
}
