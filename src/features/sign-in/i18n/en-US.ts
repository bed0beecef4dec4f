import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
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
    VALIDATION_FAILED: 'The password does not follow the rule below.',
    other: 'Activation failed; please try again later',
  },
})
