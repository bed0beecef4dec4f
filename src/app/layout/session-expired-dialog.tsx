import { Modal } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { useSession } from '../../shared/auth/session-context'
import { SignInForm } from '../../shared/auth/sign-in-form'

export default function SessionExpiredDialog() {
  const { staff } = useSession()
  const { t } = useTranslation()
  return (
    <Modal open title={t('session.expiredTitle')} footer={null} closable={false} mask={{ closable: false }} keyboard={false} destroyOnHidden>
      <p>{t('session.expiredHint')}</p>
      <SignInForm initialUsername={staff?.username ?? ''} focus="password" />
    </Modal>
  )
}
