import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  consent: 'Explicit consent',
  legal_process: 'Legal process',
  third_party_application: 'Third-party application',
  exemption: 'Exemption (4(4) 1–7)',
  privacy_dialing: 'Privacy dialing (4(4)(8))',
})
