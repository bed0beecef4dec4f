import { Card, Form, Radio, Select } from 'antd'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { useTranslation, i18n, type Language } from '../../../shared/i18n/i18n'
import { REJECTION_REASONS } from '../../../shared/api/enums'
import type { CancellationChecklistDto, RequestDetail } from '../../../shared/api/schemas'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useFeedback } from '../../../shared/ui/feedback'
import { askFor, bodyRules } from '../../../shared/ui/form-rules'
import { TemplatedMessage } from '../../../shared/ui/templated-message'
import '../i18n'
import { decisionMessage, type RejectionReason } from '../model/decision-message'

interface Values {
  outcome: 'approve' | 'reject'
  reasonCode?: RejectionReason
  language: Language
  message: string
}

interface DecisionFormProps {
  request: RequestDetail
  checklist: CancellationChecklistDto
  command: ReturnType<typeof useRequestCommand>
}

/** The maker's form: approve, or reject with a reason; the user's message starts from a template. */
export function DecisionForm({ request, checklist, command }: DecisionFormProps) {
  const { t } = useTranslation('cancellations')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const outcome = Form.useWatch('outcome', form)
  const blocked = !checklist.ok
  const template = (v: Partial<Values>) =>
    decisionMessage(i18n.getFixedT(v.language ?? 'zh-CN'), {
      outcome: v.outcome ?? 'approve',
      reasonCode: v.reasonCode,
      blocking: checklist.blocking,
      requestId: request.id,
      receivedAt: request.receivedAt,
    })
  const initial: Omit<Values, 'message'> = blocked
    ? { outcome: 'reject', reasonCode: 'blocking_item', language: 'zh-CN' }
    : { outcome: 'approve', language: 'zh-CN' }

  const submit = async (values: Values) => {
    const body = {
      outcome: values.outcome,
      message: values.message,
      ...(values.outcome === 'reject' ? { reasonCode: values.reasonCode } : {}),
    }
    const result = await command.run(requestEndpoints.decide, body).catch(() => null)
    if (result) message.success(t('decision.submitted'))
  }

  return (
    <Card size="small" title={t('decision.title')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...initial, message: template(initial) }}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          if (!('outcome' in changed || 'reasonCode' in changed || 'language' in changed)) return
          // A message in English needs the English messages, which a Chinese console has not
          // loaded; the template is filled once they are in, from the form as it is then.
          if (all.language === 'en-US')
            void i18n
              .loadLanguage('en-US')
              .catch(() => {})
              .then(() => form.setFieldValue('message', template(form.getFieldsValue())))
          else form.setFieldValue('message', template(all))
        }}
        onFinish={submit}
      >
        <Form.Item
          name="outcome"
          label={t('decision.outcome')}
          extra={blocked ? t('decision.approveBlocked') : undefined}
          rules={bodyRules(requestEndpoints.decide, 'outcome', {
            required: askFor(t, t('decision.outcome'), 'select'),
          })}
        >
          <Radio.Group
            options={[
              { value: 'approve', label: t('decision.approve'), disabled: blocked },
              { value: 'reject', label: t('decision.reject') },
            ]}
          />
        </Form.Item>
        {outcome === 'reject' && (
          <Form.Item
            name="reasonCode"
            label={t('decision.reasonCode')}
            // Shown only for a rejection, which the body's refinement requires a reason code for.
            rules={bodyRules(requestEndpoints.decide, 'reasonCode', {
              require: true,
              required: askFor(t, t('decision.reasonCode'), 'select'),
            })}
          >
            <Select
              options={REJECTION_REASONS.map((r) => ({
                value: r,
                label: t(`common:rejectionReason.${r}`),
                disabled: r === 'blocking_item' && !blocked,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="language" label={t('decision.language')}>
          <Radio.Group
            options={[
              { value: 'zh-CN', label: t('decision.langZh') },
              { value: 'en-US', label: t('decision.langEn') },
            ]}
          />
        </Form.Item>
        <TemplatedMessage
          label={t('decision.message')}
          endpoint={requestEndpoints.decide}
          rows={5}
          submitLabel={t('decision.submit')}
          submitting={command.isPending}
          template={() => template(form.getFieldsValue())}
        />
      </Form>
    </Card>
  )
}
