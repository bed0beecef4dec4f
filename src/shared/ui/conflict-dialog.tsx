import { Descriptions, Modal, Typography } from 'antd'
import { useTranslation } from '../i18n/i18n'
import type { RequestDetail } from '../api/schemas'

const FIELDS = ['status', 'assigneeId', 'preparedBy', 'deadlineAt'] as const

interface ConflictDialogProps {
  seen: RequestDetail
  current: RequestDetail
  onReapply(): void
  onDiscard(): void
  busy?: boolean
}

/** Someone changed the request meanwhile: show what, keep what the person typed, let them reapply. */
export function ConflictDialog({ seen, current, onReapply, onDiscard, busy }: ConflictDialogProps) {
  const { t } = useTranslation()
  const changed = FIELDS.filter((f) => seen[f] !== current[f])
  const events = current.timeline.slice(seen.timeline.length)
  const show = (field: (typeof FIELDS)[number], value: string | null) =>
    field === 'status' && value ? t(`status.${value}`, { defaultValue: value }) : (value ?? '—')
  return (
    <Modal
      open
      title={t('conflict.title')}
      okText={t('conflict.reapply')}
      cancelText={t('conflict.discard')}
      onOk={onReapply}
      onCancel={onDiscard}
      confirmLoading={busy}
      data-testid="conflict-dialog"
    >
      <p>{t('conflict.body', { from: seen.version, to: current.version })}</p>
      {changed.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={changed.map((f) => ({
            key: f,
            label: t(`conflict.field.${f}`),
            children: (
              <span>
                <Typography.Text delete>{show(f, seen[f])}</Typography.Text> →{' '}
                <Typography.Text strong>{show(f, current[f])}</Typography.Text>
              </span>
            ),
          }))}
        />
      )}
      {events.length > 0 && (
        <ul aria-label={t('conflict.events')}>
          {events.map((e, i) => (
            <li key={i}>
              {e.at.slice(0, 16).replace('T', ' ')} · {e.actorId} ·{' '}
              {t(`timeline.${e.action}`, { defaultValue: e.action })}
              {e.reason ? ` (${e.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
      <Typography.Text type="secondary">{t('conflict.kept')}</Typography.Text>
    </Modal>
  )
}
