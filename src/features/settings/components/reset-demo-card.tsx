import { Alert, Button, Card } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { useResetDemoData } from '../api/settings-api'
import '../i18n/settings'

export function ResetDemoCard() {
  const { t } = useTranslation('settings')
  const { modal } = useFeedback()
  const reset = useResetDemoData()
  const [done, setDone] = useState(false)

  const confirm = () =>
    modal.confirm({
      title: t('settings.reset.confirmTitle'),
      content: t('settings.reset.confirmBody'),
      okText: t('settings.reset.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common:common.cancel'),
      onOk: async () => {
        setDone(false)
        try {
          await reset.mutateAsync()
          setDone(true)
        } catch {
          // Shown by the ErrorAlert with its correlation id.
        }
      },
    })

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings.reset.title')}</h2>}>
      <p>{t('settings.reset.hint')}</p>
      <ErrorAlert error={reset.error} />
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 12 }}
          title={t('settings.reset.done')}
        />
      )}
      <Button danger onClick={confirm} loading={reset.isPending}>
        {t('settings.reset.button')}
      </Button>
    </Card>
  )
}
