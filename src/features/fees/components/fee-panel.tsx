import { useQuery } from '@tanstack/react-query'
import { Card, List, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { useStaff } from '../../../shared/auth/session-context'
import { formatFen } from '../../../shared/lib/fees'
import { allowedActions, isFinal } from '../../../shared/lib/request-state'
import { FactList } from '../../../shared/ui/fact-list'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { StatusTag } from '../../../shared/ui/status-tag'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { feeQueries } from '../api/fee-queries'
import '../i18n'
import { FeeAnswer } from './fee-answer'
import { FeeQuoteForm } from './fee-quote-form'
import { StatusLabel } from '../../../shared/ui/status-label'

// Solid, dark tones: white text on them meets WCAG AA contrast (antd's light presets do not).
const CHARGEABLE = 'warning'
const FREE = 'ok'

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** Repeated requests (policy 6(8)): the count against the free allowance, the quote and the user's answer. */
export function FeePanel({ request, command }: RequestPanelProps) {
  // An open request can still be charged; a closed one shows only what was quoted.
  if (isFinal(request.status) && !request.feeQuotes?.length) return null
  return <Fees request={request} command={command} />
}

function Fees({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('fees')
  const staff = useStaff()
  const fee = useQuery(feeQueries.status(request.id, request.version))
  const staffName = useStaffName()
  const actions = allowedActions(request, staff)
  const data = fee.data

  return (
    <section aria-label={t('title')}>
      <Card size="small" title={t('title')}>
        <Typography.Paragraph type="secondary">{t('policy')}</Typography.Paragraph>
        <ErrorAlert error={fee.error} onRetry={() => void fee.refetch()} />
        {data && (
          <Space orientation="vertical" size="middle" className="full-width">
            <FactList
              items={[
                {
                  key: 'count',
                  label: t('count'),
                  children: (
                    <Space wrap>
                      <span data-testid="fee-count">
                        {t('countValue', { count: data.count, allowance: data.allowance })}
                      </span>
                      <StatusLabel tone={data.feeMayBeQuoted ? CHARGEABLE : FREE}>
                        {t(data.feeMayBeQuoted ? 'mayCharge' : 'withinAllowance')}
                      </StatusLabel>
                    </Space>
                  ),
                },
                {
                  key: 'window',
                  label: t('window'),
                  children: t('windowValue', { after: data.windowAfter, to: data.windowTo }),
                },
                {
                  key: 'earlier',
                  label: t('earlier'),
                  children: data.earlier.length ? (
                    <Space wrap>
                      {data.earlier.map((e) => (
                        <span key={e.id}>
                          <Link to={`/requests/${e.id}`}>{e.id}</Link>{' '}
                          <Typography.Text type="secondary">
                            {dayjs(e.receivedAt).format('YYYY-MM-DD')}
                          </Typography.Text>{' '}
                          <StatusTag status={e.status} />
                        </span>
                      ))}
                    </Space>
                  ) : (
                    t('none')
                  ),
                },
              ]}
            />
            {data.pending ? (
              <FeeAnswer
                quote={data.pending}
                command={command}
                staffName={staffName}
                canAccept={actions.includes('accept_fee')}
                canWithdraw={actions.includes('withdraw')}
              />
            ) : (
              data.feeMayBeQuoted &&
              actions.includes('quote_fee') && (
                <div>
                  <Typography.Title level={2} style={{ fontSize: 15 }}>
                    {t('quoteTitle')}
                  </Typography.Title>
                  <FeeQuoteForm command={command} />
                </div>
              )
            )}
            {data.quotes.some((q) => q.status !== 'pending') && (
              <List
                size="small"
                header={t('history')}
                dataSource={data.quotes.filter((q) => q.status !== 'pending')}
                renderItem={(q) => (
                  <List.Item>
                    <Space orientation="vertical" size={0}>
                      <Space wrap>
                        <Typography.Text strong>¥{formatFen(q.amountFen)}</Typography.Text>
                        <StatusLabel tone={q.status === 'accepted' ? FREE : 'neutral'}>
                          {t(`status.${q.status}`)}
                        </StatusLabel>
                        <Typography.Text type="secondary">
                          {t('quotedBy', { name: staffName(q.quotedBy), at: when(q.quotedAt) })}
                        </Typography.Text>
                      </Space>
                      <Typography.Text>{q.basis}</Typography.Text>
                      {q.answeredAt && q.answeredBy && (
                        <Typography.Text type="secondary">
                          {t('answered', { name: staffName(q.answeredBy), at: when(q.answeredAt) })}
                          {q.answerChannel ? ` · ${t(`common:channel.${q.answerChannel}`)}` : ''}
                          {q.answerNote ? ` · ${q.answerNote}` : ''}
                        </Typography.Text>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Space>
        )}
      </Card>
    </section>
  )
}
