import { Alert, Button, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../shared/auth/session-context'
import { signInErrorMessage } from '../../shared/auth/sign-in-error'

/**
 * Shown over the current page when the server says the session is gone, so nothing the person
 * was doing is unmounted: after signing in again the page and any half-written form are there.
 */
export function SessionExpiredModal() {
  const { expired, staff, signIn } = useSession()
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <Modal open={expired} title={t('session.expiredTitle')} footer={null} closable={false} mask={{ closable: false }} keyboard={false} destroyOnHidden>
      <p>{t('session.expiredHint')}</p>
      <Form
        layout="vertical"
        initialValues={{ username: staff?.username ?? '' }}
        onFinish={async (values: { username: string; password: string }) => {
          setBusy(true)
          setError(null)
          try {
            await signIn(values.username, values.password)
          } catch (e) {
            setError(signInErrorMessage(e, t))
          } finally {
            setBusy(false)
          }
        }}
      >
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 12 }} role="alert" />}
        <Form.Item name="username" label={t('session.username')} rules={[{ required: true }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('session.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('session.signIn')}
        </Button>
      </Form>
    </Modal>
  )
}
