import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { SessionStaff } from '../../../shared/api/schemas'
import { SignInForm } from '../../../shared/auth/sign-in-form'
import { SignInCard } from './sign-in-card'

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
  handingOver,
}: {
  onSignedIn?(staff: SessionStaff): void
  showDemoAccounts: boolean
  /** Signed in: the first screen is loading and will take the page's place. */
  handingOver?: boolean
}) {
  const { t } = useTranslation()
  return (
    <SignInCard
      titleId="sign-in-title"
      title={t('appName')}
      after={
        showDemoAccounts && (
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
        )
      }
    >
      <SignInForm onSignedIn={onSignedIn} handingOver={handingOver} />
      <p className="sign-in-hint sign-in-activate">
        <Link to="/activate">{t('session.activateLink')}</Link>
      </p>
    </SignInCard>
  )
}
