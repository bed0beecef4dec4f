import { useQuery } from '@tanstack/react-query'
import { rightsEndpoints } from '../../../shared/api/endpoints/rights'
import { Button, Card, Checkbox, Form, Skeleton, Table, Typography } from 'antd'
import { BodyTextArea } from '../../../shared/ui/body-text-area'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { type ConsentKey } from '../../../shared/api/rights-schemas'
import { detailsOf } from '../../../shared/api/request-details'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { rightsQueries } from '../api/rights-queries'
import '../i18n'
import { nonEmpty } from './non-empty-rule'
import { StatusLabel } from '../../../shared/ui/status-label'

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm')

/** Consent withdrawal (policy 6(6)): the four permissions, their history, and withdrawing at once. */
export const ConsentWithdrawalPanel = panelFor('consent_withdrawal', ConsentWithdrawal)

function ConsentWithdrawal({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const overview = useQuery(rightsQueries.consents(request.id, request.version))
  const record = detailsOf(request, 'consent_withdrawal')?.withdrawal ?? null
  const keyLabel = (key: ConsentKey) => t(`common:consentKey.${key}`)
  const [form] = Form.useForm<{ keys: ConsentKey[]; note?: string }>()
  const chosen = Form.useWatch('keys', form) ?? []

  const submit = async (values: { keys: ConsentKey[]; note?: string }) => {
    const result = await command
      .run(rightsEndpoints.withdrawConsent, {
        keys: values.keys,
        ...(values.note ? { note: values.note } : {}),
      })
      .catch(() => null)
    if (result) message.success(t('consent.done'))
  }

  return (
    <section aria-label={t('consent.title')}>
      <Card size="small" title={t('consent.title')}>
        <Typography.Paragraph type="secondary">{t('consent.policy')}</Typography.Paragraph>
        {record && (
          <>
            <Typography.Paragraph data-testid="withdrawal-record" strong>
              {t('consent.recorded', {
                at: when(record.at),
                keys: record.keys.map(keyLabel).join('、'),
              })}
            </Typography.Paragraph>
            <ConsentEffects
              keys={record.keys}
              title={t('consent.effectsDone')}
              testId="withdrawal-effects"
            />
          </>
        )}
        {overview.isPending ? (
          <Skeleton active />
        ) : overview.isError ? (
          <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              data-testid="consent-states"
              dataSource={overview.data.consents}
              columns={[
                { title: t('consent.permission'), dataIndex: 'key', render: keyLabel },
                {
                  title: t('consent.state'),
                  dataIndex: 'granted',
                  render: (granted: boolean) => (
                    <StatusLabel style={granted ? { fontWeight: 600 } : undefined}>
                      {granted ? t('consent.granted') : t('consent.withdrawn')}
                    </StatusLabel>
                  ),
                },
                { title: t('consent.changedAt'), dataIndex: 'changedAt', render: when },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('consent.history')}
            </Typography.Title>
            <ul data-testid="consent-history">
              {overview.data.history.length === 0 && <li>{t('consent.noHistory')}</li>}
              {overview.data.history.map((h, i) => (
                <li key={i}>
                  {when(h.at)} · {keyLabel(h.key)} ·{' '}
                  {h.granted
                    ? t('consent.historyGranted')
                    : t('consent.historyWithdrawn', { requestId: h.requestId })}
                </li>
              ))}
            </ul>
            {request.status === 'in_review' && (
              <Form name="consent-withdrawal" form={form} layout="vertical" onFinish={submit}>
                <Form.Item name="keys" label={t('consent.choose')} rules={[nonEmpty(t('pickOne'))]}>
                  <Checkbox.Group
                    options={overview.data.consents.map((c) => ({
                      value: c.key,
                      label: keyLabel(c.key),
                      disabled: !c.granted,
                    }))}
                  />
                </Form.Item>
                {chosen.length > 0 && (
                  <ConsentEffects
                    keys={chosen}
                    title={t('consent.effectsAhead')}
                    testId="withdrawal-effects-preview"
                    lawful
                  />
                )}
                <BodyTextArea
                  endpoint={rightsEndpoints.withdrawConsent}
                  name="note"
                  label={t('consent.note')}
                  rows={2}
                />
                <Button type="primary" htmlType="submit" loading={command.isPending}>
                  {t('consent.submit')}
                </Button>
              </Form>
            )}
          </>
        )}
      </Card>
    </section>
  )
}

/** What withdrawing each permission stops, as the requester's confirmation words it. */
function ConsentEffects({
  keys,
  title,
  testId,
  lawful = false,
}: {
  keys: readonly ConsentKey[]
  title: string
  testId: string
  lawful?: boolean
}) {
  const { t } = useTranslation('rights')
  return (
    <div data-testid={testId} className="mb-16">
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: '4px 0' }}>
        {keys.map((key) => (
          <li key={key}>
            {t('consent.effect', {
              permission: t(`common:consentKey.${key}`),
              effect: t(`common:consentEffect.${key}`),
            })}
          </li>
        ))}
      </ul>
      {lawful && <Typography.Text type="secondary">{t('consent.earlierLawful')}</Typography.Text>}
    </div>
  )
}
