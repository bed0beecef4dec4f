import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Progress, Space, Table, Tag, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DataPlanAction } from '../../../shared/api/enums'
import { useRequestAction } from '../../../shared/api/requests'
import type { DataPlanItem, RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { pendingCategories, planProgress } from '../../../shared/lib/data-plan'
import { allowedActions } from '../../../shared/lib/request-state'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { cancellationQueries } from '../api/cancellation-queries'
import '../i18n'
import { TAG_COLOUR } from './tag-colours'

const ACTION_COLOUR: Record<DataPlanAction, string> = { delete: TAG_COLOUR.blocking, anonymise: TAG_COLOUR.info, keep: TAG_COLOUR.warning }
const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/**
 * Per data category: delete, anonymise, or keep under a named legal duty until its purge date.
 * Before approval the checker sees a preview; after it, staff carry it out step by step.
 */
export function DataPlanCard({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('cancellations')
  const stored = request.dataPlan ?? null
  const preview = useQuery({ ...cancellationQueries.dataPlan(request.id, request.version), enabled: !stored && request.status === 'pending_approval' })
  const plan = stored ?? preview.data?.plan ?? null
  if (!plan) return null

  const columns: TableProps<DataPlanItem>['columns'] = [
    { title: t('plan.category'), dataIndex: 'category', render: (c: string) => t(`common:dataCategory.${c}`) },
    { title: t('plan.action'), dataIndex: 'action', render: (a: DataPlanAction) => <Tag color={ACTION_COLOUR[a]}>{t(`common:dataAction.${a}`)}</Tag> },
    { title: t('plan.duty'), dataIndex: 'duty', render: (d: string | null) => (d ? t(`common:retentionDuty.${d}`) : t('plan.none')) },
    { title: t('plan.purgeOn'), dataIndex: 'purgeOn', render: (d: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{d ?? t('plan.none')}</span> },
    ...(stored
      ? [{ title: t('plan.state'), key: 'state', render: (_: unknown, i: DataPlanItem) => (i.executedAt ? t('plan.done', { at: when(i.executedAt) }) : t('plan.pending')) }]
      : []),
  ]
  return (
    <Card size="small" title={stored ? t('plan.title') : t('plan.preview')} data-testid="data-plan">
      {stored && <PlanExecution request={request} />}
      <Table size="small" rowKey="category" pagination={false} columns={columns} dataSource={plan.items} />
    </Card>
  )
}

function PlanExecution({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('cancellations')
  const staff = useStaff()
  const action = useRequestAction()
  const [running, setRunning] = useState(false)
  const plan = request.dataPlan!
  const { done, total } = planProgress(plan)
  const canExecute = allowedActions(request, staff).includes('execute') && done < total

  // One category per call, each on the version the previous one returned, so the progress
  // shown is what the server has recorded and a stop half-way resumes where it stopped.
  const run = async () => {
    setRunning(true)
    let current = request
    try {
      for (const category of pendingCategories(plan)) {
        current = await action.mutateAsync({ id: request.id, action: 'execute', body: { category }, version: current.version })
      }
    } catch {
      // Shown below with its message and correlation id.
    } finally {
      setRunning(false)
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
      {/* The count is plain text beside the bar: antd's own label turns a light green at 100%. */}
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Progress percent={Math.round((done / total) * 100)} showInfo={false} aria-label={t('plan.progress')} style={{ flex: 1, margin: 0 }} />
        <Typography.Text data-testid="plan-progress">{t('plan.progressText', { done, total })}</Typography.Text>
      </div>
      {plan.completedAt && <Alert type="success" showIcon title={t('plan.completed', { at: when(plan.completedAt) })} />}
      {canExecute && (
        <Button type="primary" loading={running} onClick={() => void run()}>
          {t('plan.execute')}
        </Button>
      )}
      <ErrorAlert error={action.error} />
    </Space>
  )
}
