import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Modal, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation, type TFunction } from '../../../shared/i18n/i18n'
import { newIdempotencyKey } from '../../../shared/api/http-client'
import type { DataCategory } from '../../../shared/api/enums'
import type { RetentionDue, RetentionPurgeResult } from '../../../shared/api/retention-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { purgeDue, retentionQueries } from '../api/retention-api'
import '../i18n'

/** "设备信息与系统日志 2 项、任务记录 1 项": counts by category, in words. */
export function countsInWords(
  t: TFunction<'retention'>,
  rows: readonly { category: DataCategory; count: number }[],
): string {
  return rows
    .map((r) => t('due.item', { category: t(`common:dataCategory.${r.category}`), count: r.count }))
    .join(t('common:common.listSeparator'))
}

/** The categories with something due today, with how much. */
export function dueByCategory(due: RetentionDue) {
  return due.byCategory
    .filter((r) => r.due > 0)
    .map((r) => ({ category: r.category, count: r.due }))
}

/**
 * Purging by hand what is due today, after a confirmation that says how many items of which
 * categories go and which stay held; the outcome is said in words, the server's counts.
 */
export function PurgeDue({ due }: { due: RetentionDue }) {
  const { t } = useTranslation('retention')
  const [open, setOpen] = useState(false)
  const [key, setKey] = useState(newIdempotencyKey)
  const [result, setResult] = useState<RetentionPurgeResult | null>(null)
  const purge = useMutation({
    // The date the confirmation showed: what falls due after it is not purged by this click.
    mutationFn: () => purgeDue({ through: due.today }, key),
    onSuccess: (done) => {
      setResult(done)
      setOpen(false)
      setKey(newIdempotencyKey())
    },
    meta: { invalidates: [retentionQueries.all(), ['users']] },
  })
  const rows = dueByCategory(due)

  return (
    <>
      <Button
        type="primary"
        danger
        disabled={due.due === 0}
        onClick={() => {
          purge.reset()
          setResult(null)
          setOpen(true)
        }}
      >
        {t('due.action', { count: due.due })}
      </Button>
      {result && (
        <Alert
          role="status"
          showIcon
          type={result.purged.length ? 'success' : 'info'}
          className="mt-12"
          data-testid="purge-result"
          title={
            result.purged.length
              ? t('result.done', {
                  count: result.purged.length,
                  items: countsInWords(t, result.byCategory),
                })
              : t('result.nothing')
          }
          description={result.held ? t('result.held', { count: result.held }) : undefined}
        />
      )}
      <Modal
        open={open}
        title={t('confirm.title')}
        okText={t('confirm.ok', { count: due.due })}
        okButtonProps={{ danger: true, loading: purge.isPending }}
        cancelText={t('common:common.cancel')}
        cancelButtonProps={{ disabled: purge.isPending }}
        onOk={() => purge.mutate()}
        onCancel={() => !purge.isPending && setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" className="full-width">
          <Typography.Text>
            {t('confirm.body', { count: due.due, today: due.today })}
          </Typography.Text>
          <ul style={{ margin: 0 }} data-testid="purge-preview">
            {rows.map((r) => (
              <li key={r.category}>{countsInWords(t, [r])}</li>
            ))}
          </ul>
          {due.held > 0 && (
            <Typography.Text>{t('confirm.held', { count: due.held })}</Typography.Text>
          )}
          <Typography.Text type="secondary">{t('confirm.irreversible')}</Typography.Text>
          <div role="status" aria-live="polite">
            {purge.isPending ? t('confirm.running', { count: due.due }) : null}
          </div>
          <ErrorAlert error={purge.error} />
        </Space>
      </Modal>
    </>
  )
}
