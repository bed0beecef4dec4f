import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../../../shared/api/api-error'
import { STAFF_PASSWORD_RULES, staffPasswordProblems } from '../../../shared/api/activation-schemas'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import '../../../shared/auth/sign-in-form.css'
import { activateStaffAccount } from '../api/activation-api'
import '../i18n'
import { SignInCard } from './sign-in-card'
import { PlainSubmit } from '../../../shared/ui/plain-submit'

type Field = 'username' | 'code' | 'password' | 'passwordConfirm'
const FIELDS: readonly Field[] = ['username', 'code', 'password', 'passwordConfirm']

/**
 * Public, like the sign-in page: a new member (or one whose password an admin reset) sets their
 * own password with the one-time code sent to their own phone or email.
 */
export function ActivationPage() {
  const { t } = useTranslation('activation')
  const { t: common } = useTranslation()
  const id = useId()
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    code: '',
    password: '',
    passwordConfirm: '',
  })
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const failing = new Set(staffPasswordProblems(values.password, values.username))

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const found: Partial<Record<Field, string>> = {}
    for (const f of FIELDS) if (!values[f].trim()) found[f] = t('required', { field: t(f) })
    if (!found.password && failing.size)
      found.password = [...failing].map((r) => t(`rule.${r}`)).join('；')
    if (!found.passwordConfirm && values.passwordConfirm !== values.password)
      found.passwordConfirm = t('passwordMismatch')
    setProblems(found)
    const first = FIELDS.find((f) => found[f])
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await activateStaffAccount({
        username: values.username.trim(),
        code: values.code.trim(),
        password: values.password,
      })
      setDone(true)
    } catch (e) {
      // A refused code reads in the console's words for it (the same for every screen); a bad
      // password points at the rules on this page; anything else keeps its correlation id.
      setError(
        e instanceof ApiError && e.code.startsWith('ACTIVATION_CODE_')
          ? errorTitle(e, common)
          : e instanceof ApiError && e.code === 'VALIDATION_FAILED'
            ? t('error.VALIDATION_FAILED')
            : e instanceof ApiError
              ? `${t('error.other')} (${common('common.correlationId')}: ${e.correlationId})`
              : t('error.other'),
      )
    } finally {
      setBusy(false)
    }
  }

  const field = (name: Field, type: 'text' | 'password', autoComplete: string, hint?: string) => {
    const problem = problems[name]
    const described = [problem && `${id}-${name}-error`, hint && `${id}-${name}-hint`]
      .filter(Boolean)
      .join(' ')
    return (
      <div className="sign-in-field">
        <label htmlFor={`${id}-${name}`}>{t(name)}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          type={type}
          required
          autoComplete={autoComplete}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described || undefined}
          className={problem ? 'plain-input plain-input-invalid' : 'plain-input'}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
        {hint && (
          <div id={`${id}-${name}-hint`} className="sign-in-hint">
            {hint}
          </div>
        )}
        {problem && (
          <div id={`${id}-${name}-error`} className="sign-in-field-error">
            {problem}
          </div>
        )}
      </div>
    )
  }

  return (
    <SignInCard titleId="activation-title" title={t('title')}>
      {done ? (
        <div className="sign-in-form">
          <p role="status" className="sign-in-hint">
            {t('done')}
          </p>
          <Link className="plain-button plain-button-primary plain-button-block" to="/sign-in">
            {t('signIn')}
          </Link>
        </div>
      ) : (
        <form className="sign-in-form" noValidate onSubmit={submit}>
          <p className="sign-in-hint">{t('intro')}</p>
          {error && (
            <div role="alert" className="sign-in-alert">
              {error}
            </div>
          )}
          {field('username', 'text', 'username')}
          {field('code', 'text', 'one-time-code', t('codeHint'))}
          {field('password', 'password', 'new-password')}
          <div className="sign-in-hint">
            {t('ruleTitle')}
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {STAFF_PASSWORD_RULES.map((rule) => {
                const met = values.password !== '' && !failing.has(rule)
                return (
                  <li key={rule}>
                    {met ? '✓ ' : ''}
                    {t(`rule.${rule}`)}
                    {met ? t('ruleMet') : ''}
                  </li>
                )
              })}
            </ul>
          </div>
          {field('passwordConfirm', 'password', 'new-password')}
          <PlainSubmit busy={busy} label={t('submit')} busyLabel={t('submitting')} />
          <Link to="/sign-in">{t('back')}</Link>
        </form>
      )}
    </SignInCard>
  )
}
