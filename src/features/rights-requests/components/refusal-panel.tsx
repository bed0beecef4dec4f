import { Card, Form, Select, Typography } from 'antd'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import { REFUSAL_GROUNDS, type RequestType } from '../../../shared/api/enums'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import { useFeedback } from '../../../shared/ui/feedback'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { askFor, bodyRules } from '../../../shared/ui/form-rules'
import { TemplatedMessage } from '../../../shared/ui/templated-message'
import '../i18n'

type Ground = (typeof REFUSAL_GROUNDS)[number]

interface Values {
  reasonCode: Ground
  message: string
}

// The first eight are the cases where staff cannot respond, the last four the unreasonable kinds.
const CANNOT_RESPOND = REFUSAL_GROUNDS.slice(0, 8)
const UNREASONABLE = REFUSAL_GROUNDS.slice(8)

export function refusalTemplate(
  t: TFunction,
  type: RequestType,
  requestId: string,
  ground: Ground | undefined,
): string {
  return t('rights:refusal.template', {
    type: t(`common:requestType.${type}`),
    id: requestId,
    ground: ground ? t(`common:rejectionReason.${ground}`) : '…',
    interpolation: { escapeValue: false },
  })
}

/** A refusal of a rights request (policy 6(8)) with its ground and a reason from a template; a lead approves it. */
export function RefusalPanel({ request, command }: RequestPanelProps) {
  const staff = useStaff()
  // A cancellation is refused in its own review panel, with its checklist.
  if (request.type === 'cancellation' || !allowedActions(request, staff).includes('decide'))
    return null
  return <Refusal request={request} command={command} />
}

function Refusal({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const template = (ground?: Ground) => refusalTemplate(t, request.type, request.id, ground)

  const submit = async (values: Values) => {
    const result = await command
      .run(requestEndpoints.decide, {
        outcome: 'reject',
        reasonCode: values.reasonCode,
        message: values.message,
      })
      .catch(() => null)
    if (result) message.success(t('refusal.done'))
  }

  const option = (g: Ground) => ({ value: g, label: t(`common:rejectionReason.${g}`) })
  return (
    <section aria-label={t('refusal.title')}>
      <Card size="small" title={t('refusal.title')}>
        <Typography.Paragraph type="secondary">{t('refusal.policy')}</Typography.Paragraph>
        <Form
          name="refusal"
          form={form}
          layout="vertical"
          initialValues={{ message: template() }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.reasonCode) form.setFieldValue('message', template(changed.reasonCode))
          }}
          onFinish={submit}
        >
          <Form.Item
            name="reasonCode"
            label={t('refusal.ground')}
            rules={bodyRules(requestEndpoints.decide, 'reasonCode', {
              require: true,
              required: askFor(t, t('refusal.ground'), 'select'),
            })}
          >
            <Select
              virtual={false}
              options={[
                { label: t('refusal.cannotRespond'), options: CANNOT_RESPOND.map(option) },
                { label: t('refusal.unreasonable'), options: UNREASONABLE.map(option) },
              ]}
            />
          </Form.Item>
          <TemplatedMessage
            label={t('refusal.message')}
            endpoint={requestEndpoints.decide}
            rows={4}
            submitLabel={t('refusal.submit')}
            submitting={command.isPending}
            template={() => template(form.getFieldValue('reasonCode'))}
          />
        </Form>
      </Card>
    </section>
  )
}
