import { useQuery } from '@tanstack/react-query'
import { Checkbox, Segmented, Space, Table, Tabs, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link, useSearchParams } from 'react-router'
import { staffQueries } from '../../../shared/api/requests'
import type { CancellationSummary } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { StatusTag } from '../../../shared/ui/status-tag'
import { cancellationQueries } from '../api/cancellation-queries'
import '../../../shared/ui/checklist-messages'
import '../i18n'
import { bulkIneligibility, type BatchMode } from '../model/bulk-eligibility'
import { BulkApprove } from './bulk-approve'
import { DeadlineTag } from './deadline-flag'
import { StatusLabel } from '../../../shared/ui/status-label'

const PAGE_SIZE = 20

/** The leads' cancellation desk: prepared decisions to approve, and cancellations near or past their deadline. */
export function CancellationApprovalsPage() {
  const { t } = useTranslation('cancellations')
  const staff = useStaff()
  const [params, setParams] = useSearchParams()
  const view = params.get('view') === 'flagged' ? 'flagged' : 'pending'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const list = useQuery(
    cancellationQueries.list(
      view === 'pending'
        ? { status: 'pending_approval', page, pageSize: PAGE_SIZE }
        : { flag: 'flagged', page, pageSize: PAGE_SIZE },
    ),
  )
  const staffList = useQuery(staffQueries.list())
  const [selected, setSelected] = useState<string[]>([])
  const [mode, setMode] = useState<BatchMode>('approve')
  const whyNot = (r: CancellationSummary) => {
    const reason = bulkIneligibility(r, staff.id, mode)
    if (reason !== 'blocked') return reason && t(`batch.ineligible.${reason}`)
    return t('batch.ineligible.blocked', {
      checks: r.blocking.map((k) => t(`checklist:check.${k}`)).join('、'),
    })
  }
  const name = (id: string | null) =>
    id ? (staffList.data?.items.find((s) => s.id === id)?.displayName ?? id) : '—'
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
            {r.decision.outcome === 'approve' ? t('decision.approve') : t('decision.reject')}
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

  const change = (next: Record<string, string>) => {
    setSelected([])
    setParams(next)
  }

  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('batch.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('batch.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={view}
        onChange={(key) => change(key === 'flagged' ? { view: 'flagged' } : {})}
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
        <Space wrap align="center" className="mb-8">
          <Segmented<BatchMode>
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
        </Space>
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
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) =>
            change({ ...(view === 'flagged' ? { view: 'flagged' } : {}), page: String(p) }),
        }}
      />
    </div>
  )
}
