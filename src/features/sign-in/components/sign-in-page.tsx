import { Alert, Button, Card, Form, Input, Select, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionStaff } from '../../../shared/api/schemas'
import { useSession } from '../../../shared/auth/session-context'
import { signInErrorMessage } from '../../../shared/auth/sign-in-error'
import { LANGUAGES, type Language } from '../../../shared/i18n/i18n'
import { useLocale } from '../../../shared/i18n/locale-provider'

const DEMO = [
  ['agent01', 'agent'],
  ['agent02', 'agent'],
  ['lead01', 'lead'],
  ['compliance01', 'compliance'],
  ['admin01', 'admin'],
] as const

export function SignInPage({ onSignedIn, showDemoAccounts }: { onSignedIn(staff: SessionStaff): void; showDemoAccounts: boolean }) {
  const { t } = useTranslation()
  const { signIn } = useSession()
  const { language, setLanguage } = useLocale()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa', padding: 16 }}>
      <div style={{ width: 400, maxWidth: '100%' }}>
        <Card>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {t('appName')}
            </Typography.Title>
            <Select<Language>
              aria-label={t('common.language')}
              size="small"
              value={language}
              onChange={setLanguage}
              options={LANGUAGES.map((l) => ({ value: l, label: l === 'zh-CN' ? '中文' : 'EN' }))}
            />
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
            {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
            <Form.Item name="username" label={t('session.username')} rules={[{ required: true, message: t('session.username') }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('session.password')} rules={[{ required: true, message: t('session.password') }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('session.signIn')}
            </Button>
          </Form>
        </Card>
        {showDemoAccounts && (
          <Card size="small" title={t('session.demoAccounts')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="0"
              dataSource={DEMO.map(([u, r]) => ({ 0: u, 1: r }))}
              columns={[
                { title: t('session.username'), dataIndex: '0' },
                { title: t('session.role'), dataIndex: '1', render: (r: string) => t(`role.${r}`) },
              ]}
            />
            <Typography.Text type="secondary">{t('session.password')}: Demo@2026</Typography.Text>
          </Card>
        )}
      </div>
    </main>
  )
}
