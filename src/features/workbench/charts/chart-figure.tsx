import { Segmented, Table, type TableColumnsType } from 'antd'
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n'
import { useAppTokens } from '../../../shared/ui/theme'

export interface LegendItem {
  name: string
  color: string
  dash?: string
}

interface ChartFigureProps<Row> {
  title: string
  description: string
  chart: ReactNode
  legend?: LegendItem[]
  rows: Row[]
  rowKey: keyof Row & string
  columns: TableColumnsType<Row>
  controls?: ReactNode
}

/**
 * A chart with its text alternative: the caption and description name it for assistive
 * technology, and the same figures are one click away as a table (which is also what prints).
 */
export function ChartFigure<Row extends object>({
  title,
  description,
  chart,
  legend,
  rows,
  rowKey,
  columns,
  controls,
}: ChartFigureProps<Row>) {
  const { t } = useTranslation('workbench')
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const id = useId()
  const token = useAppTokens()
  return (
    <figure aria-labelledby={`${id}-title`} style={{ margin: '0 0 24px' }}>
      <figcaption
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 8,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <h3 id={`${id}-title`} className="block-title">
          {title}
        </h3>
        <span style={{ display: 'flex', gap: 8 }} className="no-print">
          {controls}
          <Segmented
            aria-label={`${title}: ${t('chart.view')}`}
            size="small"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: t('chart.chart') },
              { value: 'table', label: t('chart.table') },
            ]}
          />
        </span>
      </figcaption>
      <p
        id={`${id}-desc`}
        style={{ color: token.colorChartText, fontSize: 12, margin: '4px 0 8px' }}
      >
        {description}
      </p>
      {view === 'chart' ? (
        <div role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-view">
          {chart}
          {legend && (
            <ul
              aria-hidden="true"
              style={{
                display: 'flex',
                gap: 16,
                listStyle: 'none',
                padding: 0,
                margin: '4px 0 0',
                fontSize: 12,
              }}
            >
              {legend.map((l) => (
                <li key={l.name} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                  <svg width="24" height="8" aria-hidden="true" focusable="false">
                    <line
                      x1="0"
                      x2="24"
                      y1="4"
                      y2="4"
                      stroke={l.color}
                      strokeWidth="2"
                      strokeDasharray={l.dash}
                    />
                  </svg>
                  {l.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <Table<Row>
          aria-label={title}
          size="small"
          rowKey={rowKey}
          pagination={false}
          dataSource={rows}
          columns={columns}
          scroll={{ x: true }}
        />
      )}
    </figure>
  )
}
