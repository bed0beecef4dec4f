// A disclosure's legal basis as the dashboards and the monthly report name it; its own namespace
// so only the screens that show it load it.
export const zhCN = {
  consent: '用户明确同意',
  legal_process: '依法披露',
  third_party_application: '第三方申请',
  exemption: '无需同意的例外情形',
  privacy_dialing: '隐私拨号（A 号码报备）',
}
