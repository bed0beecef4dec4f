import { Button, Form, Input, Modal, Typography } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { bodyRules } from '../../../shared/ui/form-rules'
import { ruleWords } from './rule-words'
import '../i18n'
import { useIncidentCommand } from './use-incident-command'

/** Closing: the server checks that users were told and the regulator informed, and says what is missing. */
export function CloseIncident({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ summary: string }>()
  const command = useIncidentCommand(incident)
  const failing =
    isApiError(command.error, 409) && Array.isArray(command.error.details?.failing)
      ? (command.error.details.failing as string[])
      : []

  const submit = async ({ summary }: { summary: string }) => {
    try {
      const closed = await command.run(incidentEndpoints.close, { summary: summary.trim() })
      if (closed) {
        message.success(t('close.done'))
        setOpen(false)
      }
    } catch {
      // Shown in the dialog.
    }
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('close.action')}
      </Button>
      <Modal
        open={open}
        title={t('close.title', { id: incident.id })}
        okText={t('close.action')}
        okButtonProps={{ danger: true, loading: command.isPending }}
        onOk={() => form.submit()}
        onCancel={() => {
          command.reset()
          setOpen(false)
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('close.hint')}</Typography.Paragraph>
        <ErrorAlert error={command.error} />
        {failing.length > 0 && (
          <div role="status">
            {t('close.failing')}
            <ul>
              {failing.map((f) => (
                <li key={f}>
                  {t(`close.check.${f}`, {
                    defaultValue: f,
                    failed: isApiError(command.error) ? command.error.details?.failedDeliveries : 0,
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="summary"
            label={t('close.summary')}
            rules={bodyRules(incidentEndpoints.close, 'summary', ruleWords(t, t('close.summary')))}
          >
            <Input.TextArea rows={3} {...bodyCount(incidentEndpoints.close, 'summary')} />
          </Form.Item>
        </Form>
      </Modal>
      {command.dialog}
    </>
  )
}
