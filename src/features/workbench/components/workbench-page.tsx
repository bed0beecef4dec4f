import { useQuery } from '@tanstack/react-query'
import { Card, Col, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { requestQueries } from '../../../shared/api/requests'
import { useStaff } from '../../../shared/auth/session-context'
import { ErrorAlert } from '../../../shared/ui/error-alert'

const CARDS = [
  { key: 'mine', tab: 'mine', color: '#1668dc' },
  { key: 'overdue', tab: 'overdue', color: '#cf1322' },
  { key: 'dueSoon', tab: 'due_soon', color: '#d46b08' },
  { key: 'unassigned', tab: 'unassigned', color: '#531dab' },
] as const

/** The day's first question: what is mine, what is late, what is about to be. */
export function WorkbenchPage() {
  const { t } = useTranslation()
  const staff = useStaff()
  const counts = useQuery(requestQueries.counts())
  return (
    <section aria-labelledby="workbench-title">
      <Typography.Title level={1} id="workbench-title" style={{ fontSize: 22 }}>
        {t('menu.workbench')} · {staff.displayName}
      </Typography.Title>
      <ErrorAlert error={counts.error} onRetry={() => void counts.refetch()} />
      <Row gutter={[16, 16]}>
        {CARDS.map((card) => (
          <Col key={card.key} xs={24} sm={12} lg={6}>
            <Link to={`/queue?tab=${card.tab}`} aria-label={`${t(`queue:tabs.${card.tab}`)}: ${counts.data?.[card.key] ?? '…'}`}>
              <Card hoverable loading={counts.isPending}>
                <Statistic title={t(`queue:tabs.${card.tab}`)} value={counts.data?.[card.key] ?? 0} styles={{ content: { color: card.color } }} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  )
}
