import { Button, Modal } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { SignInForm } from '../../shared/auth/sign-in-form'

/**
 * Shown over the current page when the server says the session is gone, so nothing the person
 * was doing is unmounted: after signing in again the page and any half-written form are there.
 */
export function SessionExpiredDialog({ open, username }: { open: boolean; username: string }) {
  const { t } = useTranslation()
  return (
    <Modal
      open={open}
      title={t('session.expiredTitle')}
      footer={null}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
    >
      <p>{t('session.expiredHint')}</p>
      <SignInForm initialUsername={username} focus="password" />
    </Modal>
  )
}

export function IdleDialog({
  open,
  minutes,
  onStay,
}: {
  open: boolean
  minutes: number
  onStay(): void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      open={open}
      title={t('session.idleTitle')}
      closable={false}
      footer={
        <Button type="primary" onClick={onStay}>
          {t('session.stay')}
        </Button>
      }
    >
      {t('session.idleBody', { minutes })}
    </Modal>
  )
}
