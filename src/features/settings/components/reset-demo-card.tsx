import { Alert, Button, Card, Input, Modal } from 'antd'
import { useState } from 'react'
import { RESET_CONFIRMATION } from '../../../shared/api/schemas'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useResetDemoData } from '../api/settings-api'
import '../i18n'

export function ResetDemoCard() {
  const { t } = useTranslation('settings')
  const typeToConfirm = t('settings.reset.typeToConfirm', { word: '\u0000' }).split('\u0000')
  const reset = useResetDemoData()
  const [done, setDone] = useState(false)
  const [asking, setAsking] = useState(false)
  const [typed, setTyped] = useState('')

  const close = () => {
    setAsking(false)
    setTyped('')
  }
  const confirm = async () => {
    setDone(false)
    try {
      await reset.mutateAsync(typed)
      setDone(true)
    } catch {
      // Shown by the ErrorAlert with its correlation id.
    }
    close()
  }

  return (
    <Card title={<h2 className="card-title">{t('settings.reset.title')}</h2>}>
      <p>{t('settings.reset.hint')}</p>
      <ErrorAlert error={reset.error} />
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="mb-12"
          title={t('settings.reset.done')}
        />
      )}
      <Button danger onClick={() => setAsking(true)} loading={reset.isPending}>
        {t('settings.reset.button')}
      </Button>
      <Modal
        open={asking}
        title={t('settings.reset.confirmTitle')}
        okText={t('settings.reset.confirm')}
        okButtonProps={{ danger: true, disabled: typed !== RESET_CONFIRMATION }}
        cancelText={t('common:common.cancel')}
        confirmLoading={reset.isPending}
        onOk={confirm}
        onCancel={close}
        destroyOnHidden
      >
        <p>{t('settings.reset.confirmBody')}</p>
        <label htmlFor="reset-confirmation">
          {/* The word to type is shown as it must be typed, not translated. */}
          {typeToConfirm[0]}
          <code data-raw>{RESET_CONFIRMATION}</code>
          {typeToConfirm[1]}
        </label>
        <Input
          id="reset-confirmation"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={() => typed === RESET_CONFIRMATION && void confirm()}
          className="mt-8"
        />
      </Modal>
    </Card>
  )
}
