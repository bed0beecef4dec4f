import { Select, Table, Typography, type TableProps } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  DATA_PLAN_ACTIONS,
  type DataPlanAction,
  type RetentionDuty,
} from '../../../shared/api/enums'
import type { DeletionPlanItemInput } from '../../../shared/api/deletion-schemas'
import type { DataPlanItem } from '../../../shared/api/schemas'
import { dutiesFor, resolveDeletionPlan } from '../../../shared/lib/deletion-plan'
import '../i18n'

interface PlanEditorProps {
  proposal: readonly DataPlanItem[]
  rows: DeletionPlanItemInput[]
  /** When the plan is being prepared: retention of newly kept data starts on that day. */
  preparedAt: string
  /** The server's reason per category (`plan.<category>`), from a refused submission. */
  errors: Record<string, string>
  onChange(rows: DeletionPlanItemInput[]): void
}

/**
 * The maker's per-category decision. Only choices the law allows are offered (the server checks
 * them again): what a duty requires stays kept, and data is kept only under a duty that covers it.
 */
export function PlanEditor({ proposal, rows, preparedAt, errors, onChange }: PlanEditorProps) {
  const { t } = useTranslation('deletions')
  const resolved = new Map(
    resolveDeletionPlan(rows, proposal, preparedAt).items.map((i) => [i.category, i]),
  )
  const label = (c: DataPlanItem['category']) => t(`common:dataCategory.${c}`)
  const update = (row: DeletionPlanItemInput, change: Partial<DeletionPlanItemInput>) =>
    onChange(rows.map((r) => (r.category === row.category ? { ...r, ...change } : r)))
  const required = (row: DeletionPlanItemInput) =>
    proposal.find((p) => p.category === row.category && p.action === 'keep')

  const columns: TableProps<DeletionPlanItemInput>['columns'] = [
    { title: t('editor.category'), dataIndex: 'category', width: 150, render: label },
    {
      title: t('editor.action'),
      key: 'action',
      width: 160,
      render: (_, row) => {
        const kept = required(row)
        const duties = dutiesFor(row.category)
        const hint = kept ? t('editor.required') : null
        return (
          <>
            <Select<DataPlanAction>
              aria-label={t('editor.actionOf', { category: label(row.category) })}
              value={row.action}
              style={{ width: '100%' }}
              options={DATA_PLAN_ACTIONS.map((a) => ({
                value: a,
                label: t(`common:dataAction.${a}`),
                disabled: kept ? a !== 'keep' : a === 'keep' && !duties.length,
              }))}
              onChange={(action) =>
                update(row, {
                  action,
                  duty: action === 'keep' ? (kept?.duty ?? duties[0] ?? null) : null,
                  purgeOn: null,
                })
              }
            />
            {hint && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {hint}
              </Typography.Text>
            )}
            {errors[`plan.${row.category}`] && (
              <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
                {errors[`plan.${row.category}`]}
              </Typography.Text>
            )}
          </>
        )
      },
    },
    {
      title: t('editor.duty'),
      key: 'duty',
      render: (_, row) =>
        row.action !== 'keep' ? (
          t('editor.none')
        ) : (
          <Select<RetentionDuty>
            aria-label={t('editor.dutyOf', { category: label(row.category) })}
            value={row.duty ?? undefined}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
            options={dutiesFor(row.category).map((d) => ({
              value: d,
              label: t(`common:retentionDuty.${d}`),
              disabled: !!required(row) && d !== required(row)?.duty,
            }))}
            onChange={(duty) => update(row, { duty, purgeOn: null })}
          />
        ),
    },
    {
      title: t('editor.purgeOn'),
      key: 'purgeOn',
      width: 110,
      render: (_, row) => (
        <span className="nowrap">{resolved.get(row.category)?.purgeOn ?? t('editor.none')}</span>
      ),
    },
  ]
  // Fixed layout: the long names of the duties shorten inside their select instead of widening the table.
  return (
    <Table
      size="small"
      tableLayout="fixed"
      rowKey="category"
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid="deletion-plan-editor"
    />
  )
}
