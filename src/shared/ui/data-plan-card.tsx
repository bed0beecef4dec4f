import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Progress, Space, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { DataCategory, DataPlanAction } from '../api/enums'
import { dataPlanQuery } from '../api/data-plan-queries'
import { cancellationEndpoints } from '../api/endpoints/cancellations'
import { useRequestAction } from '../api/requests'
import type { DataPlan, DataPlanItem, RequestDetail } from '../api/schemas'
import { useStaff } from '../auth/session-context'
import { pendingCategories, planProgress } from '../lib/data-plan'
import { allowedActions } from '../lib/request-state'
import '../i18n/data-plan'
import { ErrorAlert } from './error-alert'
import { useFeedback } from './feedback'
import { PlanConsequence, planOutcome, stepOutcome } from './data-plan-consequence'
import { StatusLabel } from './status-label'
import type { Tone } from './theme'

const ACTION_TONE: Record<DataPlanAction, Tone> = {
  delete: 'blocking',
  anonymise: 'info',
  keep: 'warning',
}
const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/**
 * Per data category: delete, anonymise, or keep under a named legal duty until its purge date.
 * Before approval the checker sees a preview; after it, staff carry it out category by category.
 */
export function DataPlanCard({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('dataPlan')
  const staff = useStaff()
  const action = useRequestAction()
  const { modal, message } = useFeedback()
  const [running, setRunning] = useState(false)
  const stored = request.dataPlan ?? null
  const preview = useQuery({
    ...dataPlanQuery(request.id, request.version),
    enabled: !stored && request.status === 'pending_approval',
  })
  // The same query serves a maker's form before a decision exists: only the checker sees a preview.
  const plan = stored ?? (request.status === 'pending_approval' ? preview.data?.plan : null) ?? null
  if (!plan) return null
  const label = (c: DataCategory) => t(`common:dataCategory.${c}`)
  const canExecute =
    !!stored && allowedActions(request, staff).includes('execute') && !stored.completedAt

  // One category per call, each on the version the previous one returned, so the progress
  // shown is what the server has recorded and a stop half-way resumes where it stopped.
  const run = async (categories: DataCategory[]): Promise<boolean> => {
    setRunning(true)
    let version = request.version
    try {
      for (const category of categories) {
        version = (
          await action.mutateAsync({
            id: request.id,
            endpoint: cancellationEndpoints.execute,
            body: { category },
            version,
          })
        ).version
      }
      return true
    } catch {
      // Shown below with its message and correlation id.
      return false
    } finally {
      setRunning(false)
    }
  }

  // Deleting a user's data cannot be undone: the plan, whole or one category of it, runs only once
  // the person has read which categories go, which are anonymised or kept, and who is told.
  const confirmRun = (plan: DataPlan, only?: DataCategory) => {
    const pending = new Set(pendingCategories(plan))
    const items = plan.items.filter(
      (i) => pending.has(i.category) && (!only || i.category === only),
    )
    const outcome = only ? stepOutcome(request, pending.size) : planOutcome(request, items)
    const step = only && {
      category: label(only),
      action: t(`common:dataAction.${items[0]!.action}`),
    }
    modal.confirm({
      title: only ? t('confirm.titleOne', { category: label(only) }) : t('confirm.title'),
      width: 560,
      content: <PlanConsequence request={request} items={items} />,
      okText: t('confirm.ok', { count: items.length }),
      okButtonProps: { danger: true },
      cancelText: t('common:common.cancel'),
      onOk: async () => {
        if (await run(items.map((i) => i.category)))
          message.success(t(outcome.key, { ...outcome.values, ...step }))
      },
    })
  }

  const state = (_: unknown, i: DataPlanItem) => {
    if (i.executedAt) return t('plan.done', { at: when(i.executedAt) })
    if (!canExecute || !stored) return t('plan.pending')
    return (
      <Button
        size="small"
        disabled={running}
        aria-label={t('plan.executeOne', { category: label(i.category) })}
        onClick={() => confirmRun(stored, i.category)}
      >
        {t('plan.executeStep')}
      </Button>
    )
  }
  const columns: TableProps<DataPlanItem>['columns'] = [
    { title: t('plan.category'), dataIndex: 'category', render: label },
    {
      title: t('plan.action'),
      dataIndex: 'action',
      render: (a: DataPlanAction) => (
        <StatusLabel tone={ACTION_TONE[a]}>{t(`common:dataAction.${a}`)}</StatusLabel>
      ),
    },
    {
      title: t('plan.duty'),
      dataIndex: 'duty',
      render: (d: DataPlanItem['duty']) => (d ? t(`common:retentionDuty.${d}`) : t('plan.none')),
    },
    {
      title: t('plan.purgeOn'),
      dataIndex: 'purgeOn',
      render: (d: string | null) => <span className="nowrap">{d ?? t('plan.none')}</span>,
    },
    ...(stored ? [{ title: t('plan.state'), key: 'state', render: state }] : []),
  ]
  return (
    <Card size="small" title={stored ? t('plan.title') : t('plan.preview')} data-testid="data-plan">
      {stored && <PlanProgress request={request} />}
      {canExecute && (
        <Button
          type="primary"
          loading={running}
          onClick={() => confirmRun(stored)}
          className="mb-8"
        >
          {t('plan.execute')}
        </Button>
      )}
      <ErrorAlert error={action.error} />
      <Table
        size="small"
        rowKey="category"
        pagination={false}
        columns={columns}
        dataSource={plan.items}
      />
    </Card>
  )
}

function PlanProgress({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('dataPlan')
  const plan = request.dataPlan!
  const { done, total } = planProgress(plan)
  return (
    <Space orientation="vertical" className="full-width mb-8">
      {/* The count is plain text beside the bar: antd's own label turns a light green at 100%. */}
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Progress
          percent={Math.round((done / total) * 100)}
          showInfo={false}
          aria-label={t('plan.progress')}
          style={{ flex: 1, margin: 0 }}
        />
        <Typography.Text data-testid="plan-progress">
          {t('plan.progressText', { done, total })}
        </Typography.Text>
      </div>
      {plan.completedAt && (
        <Alert
          type="success"
          showIcon
          title={t('plan.completed', { at: when(plan.completedAt) })}
        />
      )}
    </Space>
  )
}
