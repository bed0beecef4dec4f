import { registerMessages } from '../../../shared/i18n/i18n'

registerMessages('activation', {
  'zh-CN': {
    title: '激活账号',
    intro:
      '管理员为您创建账号后，激活码已发送到您本人的手机或工作邮箱。请用它设置您自己的密码，激活码 24 小时内有效，只能使用一次。',
    username: '用户名',
    code: '激活码',
    codeHint: '8 位字母和数字，不区分大小写',
    password: '新密码',
    passwordConfirm: '再次输入新密码',
    passwordMismatch: '两次输入的密码不一致',
    ruleTitle: '密码规则：',
    rule: {
      length: '10–64 个字符',
      lower: '至少一个小写字母',
      upper: '至少一个大写字母',
      digit: '至少一个数字',
      symbol: '至少一个符号（如 @ # ! -）',
      username: '不得包含用户名',
    },
    ruleMet: '（已满足）',
    required: '请填写{{field}}',
    submit: '激活并设置密码',
    submitting: '正在激活…',
    done: '账号已激活。请用新密码登录。',
    signIn: '去登录',
    back: '返回登录',
    error: {
      ACTIVATION_CODE_WRONG: '用户名或激活码不正确。连续输错 5 次后激活码作废。',
      ACTIVATION_CODE_EXPIRED: '激活码已过期（24 小时内有效）。请联系管理员重新发送激活码。',
      ACTIVATION_CODE_USED: '此激活码已使用过。请直接登录，或联系管理员重新发送激活码。',
      ACTIVATION_CODE_VOID: '输错次数过多，此激活码已作废。请联系管理员重新发送激活码。',
      VALIDATION_FAILED: '密码不符合规则，请按下方规则修改。',
      other: '激活失败，请稍后再试',
    },
  },
  'en-US': {
    title: 'Activate your account',
    intro:
      'When an admin created your account, an activation code was sent to your own phone or work email. Use it to set your own password. The code is valid for 24 hours and works once.',
    username: 'Username',
    code: 'Activation code',
    codeHint: '8 letters and digits, any case',
    password: 'New password',
    passwordConfirm: 'Repeat the new password',
    passwordMismatch: 'The two passwords differ',
    ruleTitle: 'Password rule:',
    rule: {
      length: '10–64 characters',
      lower: 'at least one lower-case letter',
      upper: 'at least one upper-case letter',
      digit: 'at least one digit',
      symbol: 'at least one symbol (e.g. @ # ! -)',
      username: 'must not contain the username',
    },
    ruleMet: ' (met)',
    required: '{{field}} is required',
    submit: 'Activate and set password',
    submitting: 'Activating…',
    done: 'Your account is active. Sign in with your new password.',
    signIn: 'Sign in',
    back: 'Back to sign-in',
    error: {
      ACTIVATION_CODE_WRONG:
        'Wrong username or activation code. After 5 wrong codes the code stops working.',
      ACTIVATION_CODE_EXPIRED:
        'The activation code has expired (valid for 24 hours). Ask an admin to issue a new one.',
      ACTIVATION_CODE_USED:
        'This activation code was already used. Sign in, or ask an admin to issue a new one.',
      ACTIVATION_CODE_VOID:
        'Too many wrong codes: this code no longer works. Ask an admin to issue a new one.',
      VALIDATION_FAILED: 'The password does not follow the rule below.',
      other: 'Activation failed; please try again later',
    },
  },
})
