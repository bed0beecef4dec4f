import { useQuery } from '@tanstack/react-query'
import { rightsEndpoints } from '../../../shared/api/endpoints/rights'
import { Card, Form, Radio, Skeleton, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import {
  PERSONAL_DATA_CATEGORIES,
  type CategoryHolding,
  type PersonalDataCategory,
} from '../../../shared/api/personal-data'
import { detailsOf } from '../../../shared/api/request-details'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { rightsQueries } from '../api/rights-queries'
import { TemplatedMessage } from '../../../shared/ui/templated-message'
import '../i18n'
import { useAppTokens } from '../../../shared/ui/theme'

type Held = Record<PersonalDataCategory, boolean>

interface Values {
  held: Held
  message: string
}

/**
 * The answer's text from the one template: every category, held (with its use) or not held (with
 * why, as the records say; "not held" where staff answered against the records).
 */
export function accessTemplate(
  t: TFunction,
  requestId: string,
  held: Held,
  holdings: readonly CategoryHolding[],
): string {
  const label = (c: PersonalDataCategory) => t(`common:dataCategory.${c}`)
  const lines = (list: string[]) => (list.length ? list.join('\n') : t('rights:access.none'))
  const heldLines = PERSONAL_DATA_CATEGORIES.filter((c) => held[c]).map(
    (c) => `- ${label(c)}：${t(`rights:access.use.${c}`)}`,
  )
  const notHeldLines = PERSONAL_DATA_CATEGORIES.filter((c) => !held[c]).map((c) => {
    const reason = holdings.find((h) => h.category === c)?.reason ?? 'not_held'
    return `- ${label(c)}：${t(`rights:access.notHeldReason.${reason}`)}`
  })
  return t('rights:access.template', {
    id: requestId,
    held: lines(heldLines),
    notHeld: lines(notHeldLines),
    interpolation: { escapeValue: false },
  })
}

/** Access (policy 6(1)): every category of the template answered held or not held, and why. */
export const AccessPanel = panelFor('access', AccessAnswer)

function AccessAnswer({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const record = detailsOf(request, 'access')?.accessAnswer ?? null
  const label = (c: PersonalDataCategory) => t(`common:dataCategory.${c}`)

  return (
    <section aria-label={t('access.title')}>
      <Card size="small" title={t('access.title')}>
        <Typography.Paragraph type="secondary">{t('access.policy')}</Typography.Paragraph>
        {record ? (
          <div data-testid="access-record">
            <Typography.Paragraph strong>
              {t('access.recorded', { at: dayjs(record.at).format('YYYY-MM-DD HH:mm') })}
            </Typography.Paragraph>
            <Typography.Paragraph>
              {t('access.answered', {
                held:
                  record.answers
                    .filter((a) => a.held)
                    .map((a) => label(a.category))
                    .join('、') || '—',
                notHeld:
                  record.answers
                    .filter((a) => !a.held)
                    .map((a) => label(a.category))
                    .join('、') || '—',
              })}
            </Typography.Paragraph>
            <Typography.Paragraph className="pre-wrap">{record.message}</Typography.Paragraph>
          </div>
        ) : request.status !== 'in_review' ? (
          <Typography.Text>{t('notInReview')}</Typography.Text>
        ) : (
          <AccessForm request={request} command={command} />
        )}
      </Card>
    </section>
  )
}

function AccessForm({ request, command }: RequestPanelProps) {
  const token = useAppTokens()
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const holdings = useQuery(rightsQueries.personalData(request.id, request.version))
  if (holdings.isPending) return <Skeleton active />
  if (holdings.isError)
    return <ErrorAlert error={holdings.error} onRetry={() => void holdings.refetch()} />
  const items = holdings.data.items
  const prefilled = Object.fromEntries(items.map((h) => [h.category, h.held])) as Held
  const template = (held: Held) => accessTemplate(t, request.id, held, items)

  const recordSays = (h: CategoryHolding) =>
    h.held
      ? t('access.onRecord', { count: h.count })
      : t(`access.recordSays.${h.reason ?? 'not_held'}`, { requestId: h.removedBy?.requestId })

  const submit = async (values: Values) => {
    const answers = PERSONAL_DATA_CATEGORIES.map((category) => ({
      category,
      held: values.held[category],
    }))
    const result = await command
      .run(rightsEndpoints.answerAccess, { answers, message: values.message })
      .catch(() => null)
    if (result) message.success(t('access.done'))
  }

  return (
    <Form
      name="access-answer"
      form={form}
      layout="vertical"
      initialValues={{ held: prefilled, message: template(prefilled) }}
      onValuesChange={(changed: Partial<Values>, all: Values) => {
        if (changed.held) form.setFieldValue('message', template(all.held))
      }}
      onFinish={submit}
    >
      <Typography.Paragraph strong>{t('access.categories')}</Typography.Paragraph>
      <div data-testid="access-categories" className="mb-16">
        {items.map((h) => (
          <Space
            key={h.category}
            wrap
            style={{
              display: 'flex',
              padding: '4px 0',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Typography.Text
              id={`access-${h.category}`}
              style={{ display: 'inline-block', width: 160 }}
            >
              {t(`common:dataCategory.${h.category}`)}
            </Typography.Text>
            <Form.Item name={['held', h.category]} noStyle>
              <Radio.Group
                aria-labelledby={`access-${h.category}`}
                options={[
                  { value: true, label: t('access.held') },
                  { value: false, label: t('access.notHeld') },
                ]}
              />
            </Form.Item>
            <Typography.Text type="secondary">{recordSays(h)}</Typography.Text>
          </Space>
        ))}
      </div>
      <TemplatedMessage
        label={t('access.message')}
        endpoint={rightsEndpoints.answerAccess}
        rows={12}
        submitLabel={t('access.submit')}
        submitting={command.isPending}
        template={() => template(form.getFieldValue('held') as Held)}
      />
    </Form>
  )
}
