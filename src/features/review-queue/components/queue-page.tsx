import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Radio, Space, Table, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { Link, useNavigate } from 'react-router'
import { useWorkingCalendar } from '../../../shared/api/calendar'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import {
  requestQueries,
  useRequestAction,
  type RequestListParams,
} from '../../../shared/api/requests'
import type { RequestListItem } from '../../../shared/api/schemas'
import { rememberQueueOrder } from '../../../shared/api/queue-order'
import { useStaff } from '../../../shared/auth/session-context'
import { isOpen } from '../../../shared/lib/duplicates'
import { allowedActions } from '../../../shared/lib/request-state'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { SlaBadge } from '../../../shared/ui/sla-badge'
import { StatusLabel } from '../../../shared/ui/status-label'
import { StatusTag } from '../../../shared/ui/status-tag'
import { useFeedback } from '../../../shared/ui/feedback'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { useTakeOver } from '../../../shared/ui/use-take-over'
import { PageHeader } from '../../../shared/ui/page-header'
import '../i18n'
import { useListView } from '../../../shared/list-view/use-list-view'
import {
  listParams,
  QUEUE_TABS,
  queueListFor,
  TAB_SCOPE,
  type QueueTab,
} from '../model/queue-params'
import { QUEUE_SEARCH_ID, QueueFilters } from './queue-filters'
import { useQueueShortcuts } from './use-queue-shortcuts'

// Only leads with rows selected, and people who press "?", need these: they load on first use.
const BulkAssign = lazy(() => import('./bulk-assign').then((m) => ({ default: m.BulkAssign })))
const ShortcutsHelp = lazy(() =>
  import('./shortcuts-help').then((m) => ({ default: m.ShortcutsHelp })),
)
// Drawn only while a page of rows is on its way; a cold load asks for the rows with the page's code.
const Skeleton = lazy(() => import('antd/es/skeleton'))

function withPrivateQuery(
  params: RequestListParams,
  privateQuery: string | null,
): RequestListParams {
  return privateQuery ? { ...params, q: privateQuery } : params
}

export function QueuePage() {
  const { t } = useTranslation('queue')
  const staff = useStaff()
  const navigate = useNavigate()
  const { message } = useFeedback()
  const queryClient = useQueryClient()
  // A name search is personal data: it lives here, never in the URL.
  const [privateQuery, setPrivateQuery] = useState<string | null>(null)
  const [selectedIndex, setSelectedIndex] = useState(0)
  const [selectedKeys, setSelectedKeys] = useState<string[]>([])
  const queue = useListView(queueListFor(staff.role), {
    onChange: (next) => {
      // The server is asked before the page re-renders for the new view, so the two overlap.
      void queryClient.prefetchQuery(
        requestQueries.list(withPrivateQuery(listParams(next), privateQuery)),
      )
      setSelectedIndex(0)
      setSelectedKeys([])
    },
  })
  const view = queue.state
  const params = useMemo(
    () => withPrivateQuery(listParams(view), privateQuery),
    [view, privateQuery],
  )
  const list = useQuery(requestQueries.list(params))
  useEffect(() => rememberQueueOrder(staff.id, listParams(view)), [staff.id, view])
  const counts = useQuery(requestQueries.counts())
  const staffName = useStaffName()
  const calendar = useWorkingCalendar()
  const claim = useRequestAction()
  const takeOver = useTakeOver()
  const [helpOpen, setHelpOpen] = useState(false)
  const rows = list.data?.items ?? []
  // -1 stands for the last row: `k` on a page's first row selects the previous page's last.
  const current =
    rows[selectedIndex < 0 ? rows.length - 1 : Math.min(selectedIndex, rows.length - 1)]
  const listRef = useRef<HTMLDivElement>(null)
  // Only a move by keyboard scrolls: a page that loads stays where the person left it.
  const scrollToSelection = useRef(false)
  const placeholder = list.isPlaceholderData
  useEffect(() => {
    // On a move to another page, the row to show is on the page still loading.
    if (!scrollToSelection.current || !current || placeholder) return
    scrollToSelection.current = false
    listRef.current
      ?.querySelector(`tr[data-row-key="${current.id}"]`)
      ?.scrollIntoView({ block: 'nearest' })
  }, [current, placeholder])
  const lastPage = Math.max(1, Math.ceil((list.data?.total ?? 0) / view.pageSize))
  const move = (step: 1 | -1) => {
    const index = selectedIndex < 0 ? rows.length - 1 : Math.min(selectedIndex, rows.length - 1)
    const next = index + step
    const page = view.page + step
    // Past either end of the page the selection goes on to the neighbouring page.
    const within = next >= 0 && next < rows.length
    if (!within && (page < 1 || page > lastPage || placeholder)) return
    scrollToSelection.current = true
    if (within) return setSelectedIndex(next)
    queue.set({ page })
    setSelectedIndex(step > 0 ? 0 : -1)
  }

  const claimRow = (row: RequestListItem | undefined) => {
    if (!row || !allowedActions({ ...row, preparedBy: row.preparedBy }, staff).includes('claim'))
      return
    takeOver(row, () =>
      claim.mutate(
        { id: row.id, endpoint: requestEndpoints.claim, body: {}, version: row.version },
        {
          onSuccess: () => message.success(t('claimed', { id: row.id })),
          onError: (e) => message.error(errorTitle(e, t)),
        },
      ),
    )
  }

  useQueueShortcuts(
    {
      next: () => move(1),
      previous: () => move(-1),
      open: () => current && navigate(`/requests/${current.id}`),
      claim: () => claimRow(current),
      focusSearch: () => document.getElementById(QUEUE_SEARCH_ID)?.focus(),
      help: () => setHelpOpen(true),
    },
    true,
  )

  const columns: TableProps<RequestListItem>['columns'] = [
    {
      title: t('col.id'),
      dataIndex: 'id',
      ...queue.sortable('id'),
      render: (id: string, r) => (
        <span className="inline-items">
          <Link to={`/requests/${id}`}>{id}</Link>
          {r.duplicateOf && isOpen(r.status) && (
            // A marker read as one image with its full meaning; the short word is what sighted users see.
            <StatusLabel
              tone="warning"
              role="img"
              aria-label={t('duplicateOf', { id: r.duplicateOf })}
              title={t('duplicateOf', { id: r.duplicateOf })}
            >
              {t('duplicate')}
            </StatusLabel>
          )}
        </span>
      ),
    },
    {
      title: t('col.type'),
      dataIndex: 'type',
      ...queue.sortable('type'),
      render: (v: RequestListItem['type']) => t(`common:requestType.${v}`),
    },
    {
      title: t('col.user'),
      key: 'user',
      render: (_, r) => (
        <span>
          {r.userName} <span className="text-secondary">{r.userPhone}</span>
        </span>
      ),
    },
    {
      title: t('col.requesterType'),
      dataIndex: 'requesterType',
      render: (v: RequestListItem['requesterType']) => t(`common:requesterType.${v}`),
    },
    {
      title: t('col.channel'),
      dataIndex: 'channel',
      render: (v: RequestListItem['channel']) => t(`common:channel.${v}`),
    },
    {
      title: t('col.receivedAt'),
      dataIndex: 'receivedAt',
      ...queue.sortable('receivedAt'),
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('col.status'),
      dataIndex: 'status',
      ...queue.sortable('status'),
      render: (v: RequestListItem['status']) => <StatusTag status={v} />,
    },
    {
      title: t('col.assignee'),
      dataIndex: 'assigneeId',
      // Every row names its owner, so nobody takes over someone else's work unawares.
      render: (id: string | null) => (id ? staffName(id) : t('filter.none')),
    },
    {
      title: t('col.sla'),
      dataIndex: 'deadlineAt',
      ...queue.sortable('deadlineAt'),
      render: (_, r) => <SlaBadge request={r} calendar={calendar} />,
    },
    {
      title: t('col.actions'),
      key: 'actions',
      // A row the agent can take shows 认领; a row already theirs, 处理: the cell says what the
      // agent does next, and is empty only for someone else's or finished work.
      render: (_, r) =>
        allowedActions(r, staff).includes('claim') ? (
          <Button
            size="small"
            onClick={() => claimRow(r)}
            loading={claim.isPending && claim.variables?.id === r.id}
          >
            {t('claim')}
          </Button>
        ) : r.assigneeId === staff.id && isOpen(r.status) ? (
          <Link to={`/requests/${r.id}`} aria-label={t('workOnLabel', { id: r.id })}>
            {t('workOn')}
          </Link>
        ) : null,
    },
  ]

  return (
    <section
      aria-labelledby="queue-title"
      aria-busy={list.isFetching || list.isPlaceholderData}
      data-view={queue.search}
      data-testid="queue"
    >
      <PageHeader
        id="queue-title"
        title={t('title')}
        extra={
          <Space wrap>
            <span className="text-secondary">{t('selectHint')}</span>
            {(staff.role === 'agent' || staff.role === 'lead') && (
              <Button type="primary" onClick={() => navigate('/requests/new')}>
                {t('newRequest')}
              </Button>
            )}
          </Space>
        }
      />
      <Radio.Group
        aria-label={t('views')}
        optionType="button"
        value={view.tab}
        onChange={(e) => queue.setTab(e.target.value as QueueTab)}
        style={{ marginBottom: 16 }}
        options={QUEUE_TABS.map((tab) => ({
          value: tab,
          label: (
            <>
              {t(`tabs.${tab}`)}{' '}
              <span className={`queue-count queue-count-${tab}`}>
                {/* Whose the figure is, in the same words as on the workbench. */}
                {t(`scope.${TAB_SCOPE[tab]}`)}{' '}
                {counts.data?.[tab === 'due_soon' ? 'dueSoon' : tab] ?? t('countPending')}
              </span>
            </>
          ),
        }))}
      />
      <QueueFilters
        view={view}
        privateQuery={privateQuery}
        onChange={queue.setFilters}
        onPrivateQuery={(q) => {
          setPrivateQuery(q)
          setSelectedIndex(0)
        }}
        onLeaveSearch={() => {
          // The list takes the focus back, so the next j or k moves the selection again.
          const row = listRef.current?.querySelector<HTMLElement>('tr[aria-selected="true"]')
          ;(row ?? listRef.current)?.focus()
        }}
      />
      {staff.role === 'lead' && selectedKeys.length > 0 && (
        <Suspense fallback={null}>
          <BulkAssign
            rows={rows.filter((r) => selectedKeys.includes(r.id))}
            onDone={() => setSelectedKeys([])}
          />
        </Suspense>
      )}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <div ref={listRef} tabIndex={-1}>
        <Table<RequestListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          // Until the server answers nothing is known to be missing: no "no requests" while loading or failing.
          locale={{
            emptyText: list.isSuccess ? (
              t('empty')
            ) : list.isError ? (
              t('loadFailed')
            ) : (
              <div role="status" aria-label={t('loading')}>
                <Suspense fallback={null}>
                  <Skeleton active title={false} paragraph={{ rows: 3 }} />
                </Suspense>
              </div>
            ),
          }}
          rowSelection={
            staff.role === 'lead'
              ? {
                  selectedRowKeys: selectedKeys,
                  onChange: (keys) => setSelectedKeys(keys as string[]),
                }
              : undefined
          }
          rowClassName={(r) => (r.id === current?.id ? 'queue-row-selected' : '')}
          onRow={(r, index) => ({
            onClick: () => setSelectedIndex(index ?? 0),
            'aria-selected': r.id === current?.id,
            tabIndex: r.id === current?.id ? -1 : undefined,
          })}
          {...queue.table<RequestListItem>(list.data?.total, (total) => t('total', { total }))}
        />
      </div>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp open onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </section>
  )
}
