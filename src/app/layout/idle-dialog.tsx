import { Button, Modal } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'

export default function IdleDialog({ minutes, onStay }: { minutes: number; onStay(): Promise<void> }) {
  const { t } = useTranslation()
  return (
    <Modal
      open
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
