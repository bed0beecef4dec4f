import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { SessionStaff } from '../api/schemas'
import { useSession } from './session-context'
import { signInErrorMessage } from './sign-in-error'
import './sign-in-form.css'
import { PlainSubmit } from '../ui/plain-submit'

interface Props {
  initialUsername?: string
  /** The session-expired modal knows who was signed in and starts at the password. */
  focus?: 'username' | 'password'
  onSignedIn?(staff: SessionStaff): void
  /** Signed in already and waiting for the next screen: the button stays busy until it is gone. */
  handingOver?: boolean
}

type Field = 'username' | 'password'

/**
 * The one sign-in form, on the sign-in page and in the session-expired modal. Plain form controls
 * styled like the rest of the console: it is the first thing every staff member loads, so it
 * carries no component library.
 */
export function SignInForm({
  initialUsername = '',
  focus = 'username',
  onSignedIn,
  handingOver = false,
}: Props) {
  const { t } = useTranslation()
  const { signIn } = useSession()
  const id = useId()
  const [username, setUsername] = useState(initialUsername)
  const [password, setPassword] = useState('')
  const [showPassword, setShowPassword] = useState(false)
  const [missing, setMissing] = useState<Field[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy || handingOver) return
    const empty = (
      [
        ['username', username.trim()],
        ['password', password],
      ] as const
    )
      .filter(([, v]) => !v)
      .map(([k]) => k)
    setMissing(empty)
    if (empty.length) {
      document.getElementById(`${id}-${empty[0]}`)?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const staff = await signIn(username.trim(), password)
      onSignedIn?.(staff)
    } catch (e) {
      setError(signInErrorMessage(e, t))
    } finally {
      setBusy(false)
    }
  }

  const field = (
    name: Field,
    label: string,
    input: (props: Record<string, unknown>) => React.ReactNode,
  ) => {
    const invalid = missing.includes(name)
    return (
      <div className="sign-in-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {input({
          id: `${id}-${name}`,
          name,
          required: true,
          'aria-invalid': invalid || undefined,
          'aria-describedby': invalid ? `${id}-${name}-error` : undefined,
          autoFocus: focus === name,
          className: invalid ? 'plain-input plain-input-invalid' : 'plain-input',
        })}
        {invalid && (
          <div id={`${id}-${name}-error`} className="sign-in-field-error">
            {t(name === 'username' ? 'session.usernameRequired' : 'session.passwordRequired')}
          </div>
        )}
      </div>
    )
  }

  return (
    <form className="sign-in-form" noValidate onSubmit={submit}>
      {error && (
        <div role="alert" className="sign-in-alert">
          {error}
        </div>
      )}
      {field('username', t('session.username'), (props) => (
        <input
          {...props}
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      ))}
      {field('password', t('session.password'), (props) => (
        <div className="sign-in-password">
          <input
            {...props}
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {/* Its name must not contain the word "password": the field's label is the only one that does. */}
          <button
            type="button"
            className="plain-button plain-button-text sign-in-show-password"
            aria-pressed={showPassword}
            aria-controls={`${id}-password`}
            onClick={() => setShowPassword((v) => !v)}
          >
            {t('session.showPassword')}
          </button>
        </div>
      ))}
      <PlainSubmit
        busy={busy || handingOver}
        label={t('session.signIn')}
        busyLabel={t('session.signingIn')}
      />
    </form>
  )
}
