import { Link } from 'react-router'
import { useTranslation, LANGUAGES } from '../../../shared/i18n/i18n'
import type { SessionStaff } from '../../../shared/api/schemas'
import { SignInForm } from '../../../shared/auth/sign-in-form'
import { useLocale } from '../../../shared/i18n/locale-provider'
import './sign-in-page.css'

const DEMO = [
  ['agent01', 'agent'],
  ['agent02', 'agent'],
  ['lead01', 'lead'],
  ['compliance01', 'compliance'],
  ['admin01', 'admin'],
] as const

/** The first page every staff member loads: plain HTML and CSS, no component library. */
export function SignInPage({
  onSignedIn,
  showDemoAccounts,
}: {
  onSignedIn(staff: SessionStaff): void
  showDemoAccounts: boolean
}) {
  const { t } = useTranslation()
  const { language, setLanguage } = useLocale()

  return (
    <main className="sign-in-page">
      <div className="sign-in-column">
        <section className="sign-in-card" aria-labelledby="sign-in-title">
          <div className="sign-in-heading">
            <h1 id="sign-in-title">{t('appName')}</h1>
            <div role="group" className="sign-in-languages" aria-label={t('common.language')}>
              {LANGUAGES.map((l) => (
                <button
                  key={l}
                  type="button"
                  className={`plain-button plain-button-small ${l === language ? 'plain-button-primary' : 'plain-button-text'}`}
                  aria-pressed={l === language}
                  onClick={() => setLanguage(l)}
                >
                  {l === 'zh-CN' ? '中文' : 'EN'}
                </button>
              ))}
            </div>
          </div>
          <SignInForm onSignedIn={onSignedIn} />
          <p className="sign-in-hint sign-in-activate">
            <Link to="/activate">{t('session.activateLink')}</Link>
          </p>
        </section>
        {showDemoAccounts && (
          <section className="sign-in-card" aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title">{t('session.demoAccounts')}</h2>
            <table className="demo-accounts">
              <thead>
                <tr>
                  <th scope="col">{t('session.username')}</th>
                  <th scope="col">{t('session.role')}</th>
                </tr>
              </thead>
              <tbody>
                {DEMO.map(([username, role]) => (
                  <tr key={username}>
                    <td>{username}</td>
                    <td>{t(`role.${role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="sign-in-hint">{t('session.password')}: Demo@2026</p>
          </section>
        )}
      </div>
    </main>
  )
}
