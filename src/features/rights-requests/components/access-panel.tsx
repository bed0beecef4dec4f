import { Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import type { DataCategory } from '../../../shared/api/enums'
import { accessAnswerRecordSchema, HELD_CATEGORIES } from '../../../shared/api/rights-schemas'
import { useFeedback } from '../../../shared/ui/feedback'
import '../i18n'
import { nonEmpty } from './non-empty-rule'
import type { RequestPanelProps } from './panel-props'

interface Values {
  categories: DataCategory[]
  message: string
}

export function accessTemplate(t: TFunction, requestId: string, categories: readonly DataCategory[]): string {
  const lines = categories.map((c) => `- ${t(`common:dataCategory.${c}`)}：${t(`rights:access.use.${c}`)}`).join('\n')
  return t('rights:access.template', { id: requestId, lines, interpolation: { escapeValue: false } })
}

/** Access (policy 6(1)): an answer from a template listing what the platform holds and why. */
export function AccessPanel({ request, command }: RequestPanelProps) {
  if (request.type !== 'access') return null
  return <AccessAnswer request={request} command={command} />
}

function AccessAnswer({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const record = accessAnswerRecordSchema.safeParse(request.details.accessAnswer)
  const initial = { categories: [...HELD_CATEGORIES], message: accessTemplate(t, request.id, HELD_CATEGORIES) }

  const submit = async (values: Values) => {
    const result = await command.run('access-answer', { ...values }).catch(() => null)
    if (result) message.success(t('access.done'))
  }

  return (
    <section aria-label={t('access.title')}>
      <Card size="small" title={t('access.title')}>
        <Typography.Paragraph type="secondary">{t('access.policy')}</Typography.Paragraph>
        {record.success ? (
          <div data-testid="access-record">
            <Typography.Paragraph strong>{t('access.recorded', { at: dayjs(record.data.at).format('YYYY-MM-DD HH:mm') })}</Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{record.data.message}</Typography.Paragraph>
          </div>
        ) : request.status !== 'in_review' ? (
          <Typography.Text>{t('notInReview')}</Typography.Text>
        ) : (
          <Form name="access-answer"
            form={form}
            layout="vertical"
            initialValues={initial}
            onValuesChange={(changed: Partial<Values>, all: Values) => {
              if (changed.categories) form.setFieldValue('message', accessTemplate(t, request.id, all.categories))
            }}
            onFinish={submit}
          >
            <Form.Item name="categories" label={t('access.categories')} rules={[nonEmpty(t('pickOne'))]}>
              <Checkbox.Group options={HELD_CATEGORIES.map((c) => ({ value: c, label: t(`common:dataCategory.${c}`) }))} />
            </Form.Item>
            <Form.Item name="message" label={t('access.message')} rules={[{ required: true, whitespace: true }, { min: 20 }]}>
              <Input.TextArea rows={8} maxLength={4000} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={command.isPending}>
                {t('access.submit')}
              </Button>
              <Button onClick={() => form.setFieldValue('message', accessTemplate(t, request.id, form.getFieldValue('categories') ?? []))}>
                {t('access.resetTemplate')}
              </Button>
            </Space>
          </Form>
        )}
      </Card>
    </section>
  )
}
