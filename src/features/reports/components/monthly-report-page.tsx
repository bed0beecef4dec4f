import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Button, Col, Row, Select, Space, Typography, type ColProps } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useSearchParams } from 'react-router'
import type { MonthlyReport } from '../../../shared/api/dashboard-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { useFeedback } from '../../../shared/ui/feedback'
import { PageSection } from '../../../shared/ui/page-header'
import { downloadMonthlyCsv, reportQueries } from '../api/report-queries'
import '../i18n'
import { readMonth, recentMonths } from '../model/report-month'
import {
  DisclosuresTable,
  HandlingTable,
  OnTimeTable,
  RefusalsTable,
  RequestsTable,
  RevealsTable,
} from './report-tables'

function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-label={title}>
      <h2 style={{ fontSize: 17, margin: '0 0 6px' }}>{title}</h2>
      {note && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {note}
        </Typography.Paragraph>
      )}
      {children}
    </section>
  )
}

const HALF: ColProps = { xs: 24, xl: 12 }
const THIRD: ColProps = { xs: 24, xl: 8 }

// The report's sections in reading order; the printed page follows the same order.
const SECTIONS: {
  key: 'requests' | 'handling' | 'onTime' | 'refusals' | 'disclosures' | 'reveals'
  col: ColProps
  note?: 'handlingNote' | 'onTimeNote'
  Table: (props: { report: MonthlyReport }) => ReactNode
}[] = [
  { key: 'requests', col: { span: 24 }, Table: RequestsTable },
  { key: 'handling', col: HALF, note: 'handlingNote', Table: HandlingTable },
  { key: 'onTime', col: HALF, note: 'onTimeNote', Table: OnTimeTable },
  { key: 'refusals', col: THIRD, Table: RefusalsTable },
  { key: 'disclosures', col: THIRD, Table: DisclosuresTable },
  { key: 'reveals', col: THIRD, Table: RevealsTable },
]

/** The monthly compliance report: on screen, as CSV, and on paper. */
export function MonthlyReportPage() {
  const { t } = useTranslation('reports')
  const { message } = useFeedback()
  const [params, setParams] = useSearchParams()
  const month = readMonth(params)
  const report = useQuery(reportQueries.monthly(month))
  const exporting = useMutation({
    mutationFn: downloadMonthlyCsv,
    onSuccess: () => message.success(t('exported', { month })),
  })
  const r = report.data
  return (
    <PageSection
      className="monthly-report"
      title={
        <>
          {t('title')} · {month}
        </>
      }
    >
      <Typography.Paragraph type="secondary" className="no-print">
        {t('intro')}
      </Typography.Paragraph>
      <Space wrap className="no-print mb-16">
        <Select
          aria-label={t('month')}
          value={month}
          onChange={(value: string) => setParams({ month: value })}
          style={{ width: 140 }}
          options={recentMonths(24).map((m) => ({ value: m, label: m }))}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={exporting.isPending}
          onClick={() => exporting.mutate(month)}
        >
          {t('export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!r}>
          {t('print')}
        </Button>
      </Space>
      <ErrorAlert error={exporting.error} onRetry={() => exporting.mutate(month)} />
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {report.isPending && <PageLoading />}
      {r && (
        <>
          <Typography.Paragraph>
            {t('period', { first: r.first, last: r.last })} ·{' '}
            {t('generatedAt', { time: dayjs(r.generatedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Paragraph>
          <Row gutter={[24, 24]}>
            {SECTIONS.map(({ key, col, note, Table }) => (
              <Col key={key} {...col}>
                <Section title={t(`sections.${key}`)} note={note && t(`sections.${note}`)}>
                  <Table report={r} />
                </Section>
              </Col>
            ))}
          </Row>
        </>
      )}
    </PageSection>
  )
}
