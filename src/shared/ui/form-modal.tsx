import { Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/i18n'

interface FormModalProps {
  title: ReactNode
  /** The form the dialog's Save button submits; its own onFinish does the saving. */
  form: FormInstance
  /** While the save runs: the button shows it and a second click does nothing. */
  saving: boolean
  onClose(): void
  children: ReactNode
}

/** A dialog around one form: Save submits it, Cancel closes, and what was typed goes with the dialog. */
export function FormModal({ title, form, saving, onClose, children }: FormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {children}
    </Modal>
  )
}
