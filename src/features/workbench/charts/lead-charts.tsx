import { Select } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { REQUEST_TYPES, type RequestType } from '../../../shared/api/enums'
import type { LeadDashboard } from '../../../shared/api/dashboard-schemas'
import { rate } from '../../../shared/lib/aggregates'
import { BarChart } from './bar-chart'
import { ChartFigure } from './chart-figure'
import { LineChart } from './line-chart'
import { useAppTokens } from '../../../shared/ui/theme'

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)
const oneDecimal = (n: number | null) => (n === null ? '—' : String(Math.round(n * 10) / 10))

/** The lead's trend charts; loaded as their own chunk with the lead's home only. */
export default function LeadCharts({ dashboard }: { dashboard: LeadDashboard }) {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const [type, setType] = useState<RequestType>('cancellation')
  const token = useAppTokens()
  const received = { color: token.colorChartReceived }
  const closed = { color: token.colorChartClosed, dash: '6 4' }
  const onTime = { color: token.colorChartOnTime }
  const trend = dashboard.trend.map((p) => ({ ...p, rate: rate(p.onTime, p.answered) }))
  const dates = trend.map((p) => dayjs(p.date).format('MM-DD'))
  const handling = dashboard.handling.find((h) => h.type === type)
  const last = (handling?.histogram.length ?? 1) - 1
  const bucketLabel = (i: number) => (i === last ? t('chart.daysOrMore', { days: i }) : String(i))
  const buckets = (handling?.histogram ?? []).map((count, days) => ({
    days,
    label: bucketLabel(days),
    count,
  }))
  // Past the type's default deadline (10 working days for a cancellation, else 15) shows in red.
  const deadlineDays = type === 'cancellation' ? 10 : 15
  const days = trend.length

  return (
    <div className="chart-grid">
      <ChartFigure
        title={t('chart.backlogTrend')}
        description={t('chart.backlogTrendDesc', { days })}
        legend={[
          { name: t('chart.received'), ...received },
          { name: t('chart.closed'), ...closed },
        ]}
        chart={
          <LineChart
            categories={dates}
            formatY={String}
            series={[
              { name: t('chart.received'), values: trend.map((p) => p.received), ...received },
              { name: t('chart.closed'), values: trend.map((p) => p.closed), ...closed },
            ]}
          />
        }
        rows={trend}
        rowKey="date"
        columns={[
          { title: t('chart.date'), dataIndex: 'date' },
          { title: t('chart.received'), dataIndex: 'received', align: 'right' },
          { title: t('chart.closed'), dataIndex: 'closed', align: 'right' },
        ]}
      />
      <ChartFigure
        title={t('chart.onTimeTrend')}
        description={t('chart.onTimeTrendDesc', { days })}
        chart={
          <LineChart
            categories={dates}
            max={1}
            formatY={(v) => percent(v)}
            series={[{ name: t('chart.onTimeRate'), values: trend.map((p) => p.rate), ...onTime }]}
          />
        }
        rows={trend}
        rowKey="date"
        columns={[
          { title: t('chart.date'), dataIndex: 'date' },
          { title: t('chart.answered'), dataIndex: 'answered', align: 'right' },
          {
            title: t('col.onTimeOfTotal'),
            key: 'onTime',
            align: 'right',
            render: (_: unknown, p) => `${p.onTime} / ${p.answered}`,
          },
          { title: t('chart.onTimeRate'), dataIndex: 'rate', align: 'right', render: percent },
        ]}
      />
      <ChartFigure
        title={t('chart.handling')}
        description={t('chart.handlingDesc', {
          type: tc(`requestType.${type}`),
          days: dashboard.windowDays,
          median: oneDecimal(handling?.median ?? null),
          p90: oneDecimal(handling?.p90 ?? null),
        })}
        controls={
          <Select<RequestType>
            aria-label={t('chart.handlingType')}
            size="small"
            value={type}
            onChange={setType}
            style={{ width: 150 }}
            options={REQUEST_TYPES.map((value) => ({ value, label: tc(`requestType.${value}`) }))}
          />
        }
        chart={
          <BarChart
            categories={buckets.map((b) => (b.days === last ? `${last}+` : String(b.days)))}
            values={buckets.map((b) => b.count)}
            color={token.colorChartHandling}
            formatY={String}
            highlight={(i) => (i > deadlineDays ? token.colorChartLate : null)}
          />
        }
        rows={buckets}
        rowKey="days"
        columns={[
          { title: t('chart.days'), dataIndex: 'label' },
          { title: t('chart.requests'), dataIndex: 'count', align: 'right' },
        ]}
      />
    </div>
  )
}
