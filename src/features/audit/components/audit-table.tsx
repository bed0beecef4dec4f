import { useQuery } from '@tanstack/react-query'
import { Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useLanguage, useTranslation } from '../../../shared/i18n/i18n'
import { auditActionLabel } from '../../../shared/i18n/audit-actions'
import { auditReason, auditTargetText } from '../model/audit-reason'
import type { AuditEvent } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { auditQueries } from '../api/audit-api'
import '../i18n'
import type { ListView } from '../../../shared/list-view/use-list-view'
import type { AUDIT_LIST } from '../model/audit-params'
import { useActorName } from './use-actor-name'
import { StatusLabel } from '../../../shared/ui/status-label'
import { LongText } from '../../../shared/ui/long-text'

interface AuditTableProps {
  list: ListView<typeof AUDIT_LIST>
}

// Solid, dark tones: white text on them meets WCAG AA contrast (antd's light presets do not).
const OUTCOME_TONE = { success: 'ok', denied: 'blocking', failure: 'warning' } as const

// Every value is user or staff supplied text: rendered as text, never as markup.
export function AuditTable({ list }: AuditTableProps) {
  const { t } = useTranslation('audit')
  const { t: common } = useTranslation('common')
  const language = useLanguage()
  const actorName = useActorName()
  const events = useQuery(auditQueries.list(list.query))

  return (
    <>
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      <Table<AuditEvent>
        size="small"
        rowKey="seq"
        aria-label={t('table')}
        loading={events.isFetching}
        dataSource={events.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        // Fixed widths for the short columns: a long reason folds into its own column (see
        // LongText) instead of squeezing the others to a few characters.
        tableLayout="fixed"
        scroll={{ x: 1040 }}
        {...list.table<AuditEvent>(events.data?.total, (total) => t('total', { total }))}
        columns={[
          {
            title: t('col.seq'),
            dataIndex: 'seq',
            width: 72,
            ...list.sortable('seq'),
          },
          {
            title: t('col.at'),
            dataIndex: 'at',
            width: 170,
            ...list.sortable('at'),
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            title: t('col.actor'),
            dataIndex: 'actorId',
            width: 110,
            render: (id: string) => actorName(id),
          },
          {
            title: t('col.role'),
            dataIndex: 'role',
            width: 100,
            render: (role: AuditEvent['role']) =>
              role === 'anonymous' ? t('role.anonymous') : common(`role.${role}`),
          },
          {
            title: t('col.action'),
            dataIndex: 'action',
            width: 210,
            // The words first; the code under them, marked as raw and ready to copy, for auditors
            // who search the log by it.
            render: (action: string) => (
              <>
                <div>{auditActionLabel(action, language) ?? null}</div>
                <Typography.Text code type="secondary" data-raw copyable={{ text: action }}>
                  {action}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('col.target'),
            dataIndex: 'target',
            width: 130,
            render: (target: string) => (
              <span className="break-all">{auditTargetText(target, t)}</span>
            ),
          },
          {
            title: t('col.reason'),
            dataIndex: 'reason',
            render: (reason: string | null, event: AuditEvent) => {
              const words = auditReason(event.action, reason, t, actorName)
              if (!words) return '—'
              return (
                <LongText>
                  {words.text}
                  {words.raw && <code data-raw>{words.raw}</code>}
                </LongText>
              )
            },
          },
          {
            title: t('col.outcome'),
            dataIndex: 'outcome',
            width: 100,
            render: (outcome: AuditEvent['outcome']) => (
              <StatusLabel tone={OUTCOME_TONE[outcome]}>{t(`outcome.${outcome}`)}</StatusLabel>
            ),
          },
        ]}
      />
    </>
  )
}
