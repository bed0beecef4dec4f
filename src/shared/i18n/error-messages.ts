import { registerMessages } from './i18n'

// The console's own words for every error code a backend may answer (CONTRACT: a backend's
// `message` may be in any language, so staff read these and see the message only as a detail).
const zhCN = {
  code: {
    ACTIVATION_CODE_EXPIRED: '激活码已过期（24 小时内有效）。请联系管理员重新发送激活码。',
    ACTIVATION_CODE_USED: '此激活码已使用过。请直接登录，或联系管理员重新发送激活码。',
    ACTIVATION_CODE_VOID: '输错次数过多，此激活码已作废。请联系管理员重新发送激活码。',
    ACTIVATION_CODE_WRONG: '用户名或激活码不正确。连续输错 5 次后激活码作废。',
    ALREADY_EXECUTED: '此数据类别已处理过，无需再次执行。',
    AUTOMATIC_CHECK_FAILED: '自动核验未通过，请改用其他核验方式或准备拒绝。',
    CALENDAR_INVALID: '工作日历有误，请按提示修改后再保存。',
    CHAIN_BROKEN: '链校验发现记录被改动，请立即上报合规负责人。',
    CHECKPOINT_BEHIND: '检查点落后于当前记录，请先重新校验。',
    CHECKPOINT_MISMATCH: '检查点与当前记录不一致，记录可能被改动，请上报合规负责人。',
    CODE_USED: '此验证码已用过一次，请向客服申请新的验证码。',
    DATA_DELETED:
      '该信息已于 {{removedAt}} 依请求 {{requestId}} 的数据处理计划删除，平台不再保存，无法查看。',
    DUPLICATE_REFERENCE: '此报告编号已登记过，请核对编号。',
    EXTENSION_NOT_ALLOWED:
      '不能这样延长期限：注销申请的期限不能晚于收到申请后的第 10 个工作日（隐私政策 6(5)）；其他请求在身份核验通过后才有期限，且只能延长一次、最多 15 个工作日。',
    UNREACHED_USERS_NOT_ANNOUNCED:
      '还不能结案：有用户的通知发送失败，又没有发布公告。请重试失败的通知直到送达，或发布公告告知这些用户。',
    FEE_NOT_ALLOWED: '此请求不能收费：只有超出免费次数的副本和访问请求才可收取成本费。',
    FEE_ALREADY_QUOTED: '此请求已报过价，不能再次报价。',
    FEE_PENDING: '正在等待用户确认费用，用户确认或撤回后才能继续。',
    FORBIDDEN: '您的角色无权进行此操作。',
    IDEMPOTENCY_KEY_REQUIRED: '请求缺少幂等键，请刷新页面后重试。',
    IDEMPOTENCY_KEY_REUSED: '同一操作已用不同内容提交过，请刷新页面后重新提交。',
    IDENTITY_INCOMPLETE: '身份核验材料不全，请补齐所需材料。',
    INCIDENT_CLOSED: '此事件已结案，不能再修改。',
    INTERNAL: '服务器处理失败，请稍后重试；如仍失败，请把关联编号告诉技术支持。',
    INVALID_CREDENTIALS: '用户名或密码不正确。',
    INVALID_TRANSITION: '此请求当前的状态不允许这个操作，请刷新查看最新状态。',
    LINK_EXPIRED: '下载链接已过期。',
    LINK_LOCKED: '验证码错误次数过多，链接已锁定。',
    LINK_NOT_FOUND: '下载链接不存在。',
    MAKER_CHECKER: '此决定由您准备，须由另一位主管复核。',
    MALFORMED_JSON: '提交的内容格式有误，请刷新页面后重试。',
    MERGE_NOT_ALLOWED: '这两个请求不能合并。',
    METHOD_NOT_ALLOWED: '此记录只能追加，不能修改或删除。',
    NO_AFFECTED_USERS: '还没有受影响的用户，请先添加。',
    NO_DATA_PLAN: '此请求还没有数据处理计划。',
    NO_PENDING_FEE: '没有等待用户确认的费用。',
    NO_VERIFIED_CONTACT: '身份核验没有核实申请人的手机号，不能发送验证码：请先完成核验。',
    NOT_ASSIGNEE: '此请求已分配给其他同事：只有处理人或主管可以操作。',
    NOT_FOUND: '找不到此内容，可能已被删除或编号有误。',
    NOTHING_TO_ADD: '没有可添加的新用户。',
    NOTHING_TO_RETRY: '没有发送失败的通知需要重发。',
    NOTICE_INCOMPLETE: '通知内容不完整，请补齐各项后再发送。',
    PAYLOAD_TOO_LARGE: '提交的内容过大（超过 64 KiB），请精简后重试。',
    PRECONDITION_FAILED: '前提条件未满足，不能批准：请查看未通过的检查项。',
    PRECONDITION_REQUIRED: '缺少版本信息，请刷新页面后重试。',
    REVERIFICATION_NEEDED:
      '更正前须重新验证：新手机号要填写发到新号码的验证码，新身份证号要上传新身份证正反两面的照片。',
    FIELD_HAS_VALUE: '此字段已有内容：请选择“更正”而不是“补充”。',
    FIELD_EMPTY: '此字段尚未填写：请选择“补充”而不是“更正”。',
    REQUESTER_NOT_ELIGIBLE:
      '申请人不能代为申请：监护人只能代未成年用户申请，近亲属只能代已故用户申请（并须记录证明）。',
    REVEAL_LIMIT: '您本小时的查看次数已达上限，请稍后再试。',
    SELF_LOCKOUT: '不能停用或降级您自己的账号。',
    SESSION_EXPIRED: '登录已过期，请重新登录。',
    SESSION_REVOKED: '您的登录已被结束，请重新登录。',
    STALE_VERSION: '此内容在您载入后已被他人更改，您的更改未保存。请载入最新内容，核对后重试。',
    TOO_MANY_ATTEMPTS: '尝试次数过多，请稍候再试。',
    UNAUTHENTICATED: '请先登录。',
    USE_TYPE_ACTION: '请在此请求类型的处理面板中操作。',
    USERNAME_TAKEN: '此用户名已被使用。',
    VALIDATION_FAILED: '填写的内容有误，请按提示修改。',
    WRONG_CODE: '验证码不正确。',
    WRONG_REQUEST_TYPE: '此操作不适用于这种请求类型。',
  },
  status: {
    '400': '填写的内容有误，请按提示修改。',
    '401': '请先登录。',
    '403': '您无权进行此操作。',
    '404': '找不到此内容。',
    '405': '此记录只能追加，不能修改或删除。',
    '409': '当前状态不允许此操作，请刷新查看最新状态。',
    '410': '此内容已不存在。',
    '412': '此内容在您载入后已被他人更改。',
    '413': '提交的内容过大。',
    '422': '同一操作已用不同内容提交过。',
    '428': '缺少版本信息，请刷新页面后重试。',
    '429': '操作过于频繁，请稍后再试。',
    other: '操作失败，请稍后重试。',
  },
  serverSaid: '服务器说明',
}

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const enUS: Shape<typeof zhCN> = {
  code: {
    ACTIVATION_CODE_EXPIRED:
      'The activation code has expired (valid for 24 hours). Ask an admin to issue a new one.',
    ACTIVATION_CODE_USED:
      'This activation code was already used. Sign in, or ask an admin to issue a new one.',
    ACTIVATION_CODE_VOID:
      'Too many wrong codes: this code no longer works. Ask an admin to issue a new one.',
    ACTIVATION_CODE_WRONG:
      'Wrong username or activation code. After 5 wrong codes the code stops working.',
    ALREADY_EXECUTED: 'This data category was already carried out.',
    AUTOMATIC_CHECK_FAILED:
      'The automatic check failed; use another method or prepare a rejection.',
    CALENDAR_INVALID: 'The calendar has errors; correct them as shown and save again.',
    CHAIN_BROKEN: 'The chain check found altered records; report it to compliance now.',
    CHECKPOINT_BEHIND: 'The checkpoint is behind the records; verify again first.',
    CHECKPOINT_MISMATCH:
      'The checkpoint does not match the records, which may have been altered; report it to compliance.',
    CODE_USED: 'This code was already used once; ask support for a new code.',
    DATA_DELETED:
      'This was deleted on {{removedAt}} by the data plan of request {{requestId}}: the platform no longer holds it, so it cannot be shown.',
    DUPLICATE_REFERENCE: 'This report number is already recorded; check it.',
    EXTENSION_NOT_ALLOWED:
      "The deadline cannot be extended like this: a cancellation's deadline never passes the 10th working day from receipt (policy 6(5)); other requests have a deadline only once identity is verified, and are extended once, by at most 15 working days.",
    UNREACHED_USERS_NOT_ANNOUNCED:
      'The incident cannot be closed yet: some notices to users failed and no announcement is published. Retry the failed notices until they are delivered, or publish an announcement that tells these users.',
    FEE_NOT_ALLOWED:
      'This request cannot carry a fee: only copy and access requests beyond the free allowance can.',
    FEE_ALREADY_QUOTED: 'A fee was already quoted for this request.',
    FEE_PENDING: 'A fee is waiting for the user; go on once they accept or withdraw.',
    FORBIDDEN: 'Your role may not do this.',
    IDEMPOTENCY_KEY_REQUIRED: 'The request had no idempotency key; reload the page and retry.',
    IDEMPOTENCY_KEY_REUSED:
      'The same action was already sent with other content; reload the page and submit again.',
    IDENTITY_INCOMPLETE: 'The identity evidence is incomplete; add what is required.',
    INCIDENT_CLOSED: 'This incident is closed and cannot change.',
    INTERNAL:
      'The server failed; try again later, and if it keeps failing give support the correlation id.',
    INVALID_CREDENTIALS: 'Wrong username or password.',
    INVALID_TRANSITION:
      'The request’s current status does not allow this; reload to see where it stands.',
    LINK_EXPIRED: 'The download link has expired.',
    LINK_LOCKED: 'Too many wrong codes: the link is locked.',
    LINK_NOT_FOUND: 'The download link does not exist.',
    MAKER_CHECKER: 'You prepared this decision; another lead must approve it.',
    MALFORMED_JSON: 'The content sent was malformed; reload the page and retry.',
    MERGE_NOT_ALLOWED: 'These two requests cannot be merged.',
    METHOD_NOT_ALLOWED: 'This record is append-only: it cannot be changed or deleted.',
    NO_AFFECTED_USERS: 'There are no affected users yet; add them first.',
    NO_DATA_PLAN: 'This request has no data plan yet.',
    NO_PENDING_FEE: 'No fee is waiting for the user.',
    NO_VERIFIED_CONTACT:
      'The identity check verified no phone of the requester, so no code can be sent: finish the check first.',
    NOT_ASSIGNEE:
      'This request is assigned to a colleague: only its assignee or a lead may work it.',
    NOT_FOUND: 'Not found: it may have been removed, or the id is wrong.',
    NOTHING_TO_ADD: 'There are no new users to add.',
    NOTHING_TO_RETRY: 'No failed notice needs sending again.',
    NOTICE_INCOMPLETE: 'The notice is incomplete; fill in every part before sending.',
    PAYLOAD_TOO_LARGE: 'What was sent is too large (over 64 KiB); shorten it and retry.',
    PRECONDITION_FAILED:
      'A precondition failed, so this cannot be approved: see the failing checks.',
    PRECONDITION_REQUIRED: 'The version was missing; reload the page and retry.',
    REVERIFICATION_NEEDED:
      'Re-verify first: a new phone number needs the code sent to it, a new ID number photos of both sides of the new card.',
    FIELD_HAS_VALUE: 'This field already has a value: correct it rather than supplement it.',
    FIELD_EMPTY: 'This field is empty: supplement it rather than correct it.',
    REQUESTER_NOT_ELIGIBLE:
      'This requester cannot act for the user: a guardian only for a minor, a close relative only for a deceased user (with the evidence recorded).',
    REVEAL_LIMIT: 'You have reached this hour’s limit of reveals; try again later.',
    SELF_LOCKOUT: 'You cannot deactivate or demote your own account.',
    SESSION_EXPIRED: 'Your session expired; sign in again.',
    SESSION_REVOKED: 'Your session was ended; sign in again.',
    STALE_VERSION:
      'Someone else changed this after you loaded it; your change was not saved. Load the latest, check it and try again.',
    TOO_MANY_ATTEMPTS: 'Too many attempts; wait a moment and try again.',
    UNAUTHENTICATED: 'Sign in first.',
    USE_TYPE_ACTION: 'Use this request type’s own panel for this.',
    USERNAME_TAKEN: 'This username is taken.',
    VALIDATION_FAILED: 'Some input is wrong; correct it as shown.',
    WRONG_CODE: 'Wrong code.',
    WRONG_REQUEST_TYPE: 'This action does not apply to this type of request.',
  },
  status: {
    '400': 'Some input is wrong; correct it as shown.',
    '401': 'Sign in first.',
    '403': 'You may not do this.',
    '404': 'Not found.',
    '405': 'This record is append-only.',
    '409': 'The current state does not allow this; reload to see where it stands.',
    '410': 'This no longer exists.',
    '412': 'Someone else changed this after you loaded it.',
    '413': 'What was sent is too large.',
    '422': 'The same action was already sent with other content.',
    '428': 'The version was missing; reload the page and retry.',
    '429': 'Too many attempts; try again later.',
    other: 'The action failed; try again later.',
  },
  serverSaid: 'Server said',
}

registerMessages('errors', { 'zh-CN': zhCN, 'en-US': enUS })
