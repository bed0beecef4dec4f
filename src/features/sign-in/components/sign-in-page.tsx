import { Alert, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionStaff } from '../../../shared/api/schemas'
import { useSession } from '../../../shared/auth/session-context'
import { signInErrorMessage } from '../../../shared/auth/sign-in-error'
import { LANGUAGES } from '../../../shared/i18n/i18n'
import { useLocale } from '../../../shared/i18n/locale-provider'

const DEMO = [
  ['agent01', 'agent'],
  ['agent02', 'agent'],
  ['lead01', 'lead'],
  ['compliance01', 'compliance'],
  ['admin01', 'admin'],
] as const

export function SignInPage({
  onSignedIn,
  showDemoAccounts,
}: {
  onSignedIn(staff: SessionStaff): void
  showDemoAccounts: boolean
}) {
  const { t } = useTranslation()
  const { signIn } = useSession()
  const { language, setLanguage } = useLocale()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f5f7fa',
        padding: 16,
      }}
    >
      <div style={{ width: 400, maxWidth: '100%' }}>
        <Card>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              marginBottom: 16,
            }}
          >
            <h1 style={{ fontSize: 20, margin: 0 }}>{t('appName')}</h1>
            <div role="group" aria-label={t('common.language')}>
              {LANGUAGES.map((l) => (
                <Button
                  key={l}
                  size="small"
                  type={l === language ? 'primary' : 'text'}
                  aria-pressed={l === language}
                  onClick={() => setLanguage(l)}
                >
                  {l === 'zh-CN' ? '中文' : 'EN'}
                </Button>
              ))}
            </div>
          </div>
          <Form
            layout="vertical"
            requiredMark={false}
            onFinish={async ({ username, password }: { username: string; password: string }) => {
              setBusy(true)
              setError(null)
              try {
                onSignedIn(await signIn(username.trim(), password))
              } catch (e) {
                setError(signInErrorMessage(e, t))
              } finally {
                setBusy(false)
              }
            }}
          >
            {error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={error}
                style={{ marginBottom: 16 }}
              />
            )}
            <Form.Item
              name="username"
              label={t('session.username')}
              rules={[{ required: true, message: t('session.username') }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('session.password')}
              rules={[{ required: true, message: t('session.password') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('session.signIn')}
            </Button>
          </Form>
        </Card>
        {showDemoAccounts && (
          <Card size="small" title={t('session.demoAccounts')} style={{ marginTop: 16 }}>
            {/* A plain table: the sign-in page must stay light (antd's Table is heavy). */}
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
            <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('session.password')}: Demo@2026</span>
          </Card>
        )}
      </div>
    </main>
  )
}
