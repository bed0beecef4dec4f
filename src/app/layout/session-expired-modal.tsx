import { Modal } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { useSession } from '../../shared/auth/session-context'
import { SignInForm } from '../../shared/auth/sign-in-form'

/**
 * Shown over the current page when the server says the session is gone, so nothing the person
 * was doing is unmounted: after signing in again the page and any half-written form are there.
 */
export function SessionExpiredModal() {
  const { expired, staff } = useSession()
  const { t } = useTranslation()
  return (
    <Modal open={expired} title={t('session.expiredTitle')} footer={null} closable={false} mask={{ closable: false }} keyboard={false} destroyOnHidden>
      <p>{t('session.expiredHint')}</p>
      <SignInForm initialUsername={staff?.username ?? ''} focus="password" />
    </Modal>
  )
}
