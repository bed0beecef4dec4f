import { useQuery } from '@tanstack/react-query'
import { Checkbox, Segmented, Space, Table, Tabs, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { CancellationSummary } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { defineList } from '../../../shared/list-view/list-spec'
import { useListView } from '../../../shared/list-view/use-list-view'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { StatusTag } from '../../../shared/ui/status-tag'
import { cancellationQueries } from '../api/cancellation-queries'
import '../../../shared/i18n/checklist'
import '../i18n'
import { bulkIneligibility, type BatchMode } from '../model/bulk-eligibility'
import { BulkApprove } from './bulk-approve'
import { DeadlineTag } from './deadline-flag'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { PageHeader } from '../../../shared/ui/page-header'
import { StatusLabel } from '../../../shared/ui/status-label'

// The batch is chosen from one page: its size is fixed.
const APPROVALS = defineList({
  tabs: { values: ['pending', 'flagged'] as const, default: 'pending', param: 'view' },
  filters: {},
  pageSizes: [20],
})

/** The leads' cancellation desk: prepared decisions to approve, and cancellations near or past their deadline. */
export function CancellationApprovalsPage() {
  const { t } = useTranslation('cancellations')
  const staff = useStaff()
  const [selected, setSelected] = useState<string[]>([])
  const approvals = useListView(APPROVALS, { onChange: () => setSelected([]) })
  const { tab: view, page, pageSize } = approvals.state
  const list = useQuery(
    cancellationQueries.list(
      view === 'pending'
        ? { status: 'pending_approval', page, pageSize }
        : { flag: 'flagged', page, pageSize },
    ),
  )
  const table = approvals.table<CancellationSummary>(list.data?.total)
  const name = useStaffName()
  const [mode, setMode] = useState<BatchMode>('approve')
  const whyNot = (r: CancellationSummary) => {
    const reason = bulkIneligibility(r, staff.id, mode)
    if (reason !== 'blocked') return reason && t(`batch.ineligible.${reason}`)
    return t('batch.ineligible.blocked', {
      checks: r.blocking.map((k) => t(`checklist:check.${k}`)).join('、'),
    })
  }
  const rows = list.data?.items ?? []

  // Why each row of this page cannot join the batch (null when it can), once per render.
  const notSelectable = new Map(rows.map((r) => [r.id, whyNot(r)]))

  const columns: TableProps<CancellationSummary>['columns'] = [
    {
      title: t('batch.col.id'),
      dataIndex: 'id',
      render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
    },
    { title: t('batch.col.user'), key: 'user', render: (_, r) => `${r.userName} (${r.userId})` },
    {
      title: t('batch.col.status'),
      dataIndex: 'status',
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      title: t('batch.col.decision'),
      key: 'decision',
      render: (_, r) =>
        r.decision ? (
          <span>
            {/* The outcome is short: it keeps its line rather than standing two characters a line. */}
            <span className="nowrap">
              {r.decision.outcome === 'approve' ? t('decision.approve') : t('decision.reject')}
            </span>
            {r.decision.reasonCode
              ? ` · ${t(`common:rejectionReason.${r.decision.reasonCode}`)}`
              : ''}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('batch.col.preparedBy'),
      key: 'preparedBy',
      render: (_, r) =>
        r.preparedBy === staff.id ? (
          <StatusLabel tone="warning">{t('batch.own')}</StatusLabel>
        ) : (
          name(r.preparedBy)
        ),
    },
    {
      title: t('batch.col.checks'),
      key: 'checks',
      render: (_, r) =>
        r.blocking.length ? (
          <Space size={[0, 4]} wrap>
            {r.blocking.map((k) => (
              <StatusLabel key={k} tone="blocking">
                {t(`checklist:check.${k}`)}
              </StatusLabel>
            ))}
          </Space>
        ) : (
          <StatusLabel tone="ok">{t('batch.checksOk')}</StatusLabel>
        ),
    },
    {
      title: t('batch.col.deadline'),
      key: 'deadline',
      render: (_, r) => <DeadlineTag deadline={r.deadline} />,
    },
  ]

  return (
    <div>
      <PageHeader title={t('batch.title')} intro={t('batch.intro')} />
      <Tabs
        activeKey={view}
        onChange={(key) => approvals.setTab(key as typeof view)}
        items={[
          { key: 'pending', label: t('batch.views.pending') },
          { key: 'flagged', label: t('batch.views.flagged') },
        ]}
      />
      {list.data && (
        <Typography.Paragraph data-testid="flag-counts">
          {t('batch.flagCounts', {
            dueSoon: list.data.flagCounts.dueSoon,
            overdue: list.data.flagCounts.overdue,
          })}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {view === 'pending' && (
        // The batch's kind above its button, and its results below at full width.
        <div className="mb-8">
          <Segmented<BatchMode>
            className="mb-8"
            aria-label={t('batch.mode.label')}
            value={mode}
            onChange={(next) => {
              setSelected([])
              setMode(next)
            }}
            options={[
              { value: 'approve', label: t('batch.mode.approve') },
              { value: 'reject', label: t('batch.mode.reject') },
            ]}
          />
          <BulkApprove
            mode={mode}
            rows={rows.filter((r) => selected.includes(r.id))}
            onDone={() => setSelected([])}
          />
        </div>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={rows}
        rowSelection={
          view === 'pending'
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                // Only what this batch can approve is selectable; the others say why not.
                getCheckboxProps: (r) => ({
                  disabled: notSelectable.get(r.id) !== null,
                  'aria-label': t('batch.select', { id: r.id }),
                }),
                renderCell: (_checked, r, _index, node) => {
                  const reason = notSelectable.get(r.id) ?? null
                  if (!reason) return node
                  return (
                    <Space size={4} align="start">
                      <Checkbox disabled aria-label={t('batch.select', { id: r.id })} />
                      <Typography.Text
                        type="secondary"
                        className="text-small"
                        data-testid="not-selectable"
                      >
                        {reason}
                      </Typography.Text>
                    </Space>
                  )
                },
                columnWidth: 180,
              }
            : undefined
        }
        onChange={table.onChange}
        pagination={{ ...table.pagination, showSizeChanger: false }}
      />
    </div>
  )
}
