import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Progress, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { useFeedback } from '../../../shared/ui/feedback'
import { isApiError } from '../../../shared/api/api-error'
import { cancellationCheckSchema } from '../../../shared/api/enums'
import { z } from '../../../shared/api/zod'
import { newIdempotencyKey } from '../../../shared/api/http-client'
import { postRequestAction, requestQueries } from '../../../shared/api/requests'
import type { CancellationSummary } from '../../../shared/api/schemas'
import '../../../shared/ui/checklist-messages'
import type { BatchMode } from '../model/bulk-eligibility'
import '../i18n'

interface RowResult {
  id: string
  error: string | null
  correlationId?: string
}

/**
 * A lead approves several prepared cancellations of one outcome; each goes through the same checks
 * as one alone. The lead is told first what the batch will do and to how many, and afterwards
 * what happened to each, in sentences.
 */
export function BulkApprove({
  rows,
  mode,
  onDone,
}: {
  rows: CancellationSummary[]
  mode: BatchMode
  onDone(): void
}) {
  const { t } = useTranslation('cancellations')
  const { modal } = useFeedback()
  const queryClient = useQueryClient()
  const [results, setResults] = useState<RowResult[] | null>(null)
  const [running, setRunning] = useState(false)
  const [total, setTotal] = useState(0)
  const [keys] = useState(() => new Map<string, string>())

  // The refusal a checker meets most in words of the checklist; the rest in the console's words.
  const describe = (error: unknown): string => {
    if (isApiError(error, 409) && error.code === 'PRECONDITION_FAILED') {
      const failing = z.array(cancellationCheckSchema).safeParse(error.details?.failing)
      if (failing.success)
        return `${t('precondition.title')}: ${failing.data.map((k) => t(`checklist:check.${k}`)).join('、')}`
    }
    return errorTitle(error, t)
  }

  const run = async (batch: CancellationSummary[]) => {
    setRunning(true)
    setTotal(batch.length)
    const done: RowResult[] = []
    setResults([])
    for (const row of batch) {
      // One key per row and version, reused if the lead retries the same batch.
      const keyId = `${row.id}:${row.version}`
      const key = keys.get(keyId) ?? newIdempotencyKey()
      keys.set(keyId, key)
      try {
        await postRequestAction(
          { id: row.id, action: 'approve', body: {}, version: row.version },
          key,
        )
        done.push({ id: row.id, error: null })
      } catch (error) {
        done.push({
          id: row.id,
          error: describe(error),
          correlationId: isApiError(error) ? error.correlationId : undefined,
        })
      }
      setResults([...done])
    }
    setRunning(false)
    await queryClient.invalidateQueries({ queryKey: requestQueries.all() })
    if (done.every((r) => !r.error)) onDone()
  }

  const confirm = () => {
    const batch = [...rows]
    modal.confirm({
      title: t(`batch.confirm.title.${mode}`, { count: batch.length }),
      content: (
        <div data-testid="bulk-consequence">
          <p>{t(`batch.confirm.body.${mode}`, { count: batch.length })}</p>
          <p>{batch.map((r) => r.id).join('、')}</p>
        </div>
      ),
      okText: t(`batch.confirm.ok.${mode}`, { count: batch.length }),
      okButtonProps: mode === 'reject' ? { danger: true } : undefined,
      cancelText: t('common:common.cancel'),
      onOk: () => void run(batch),
    })
  }

  const failed = results?.filter((r) => r.error) ?? []
  return (
    <div className="mb-12">
      <Space wrap>
        <Button
          type="primary"
          danger={mode === 'reject'}
          disabled={!rows.length}
          loading={running}
          onClick={confirm}
        >
          {t(`batch.run.${mode}`, { count: rows.length })}
        </Button>
        {results && running && (
          <Progress
            percent={Math.round((results.length / Math.max(1, total)) * 100)}
            size="small"
            style={{ width: 160 }}
          />
        )}
      </Space>
      {results && !running && (
        <Alert
          role="status"
          className="mt-8"
          type={failed.length ? 'warning' : 'success'}
          title={t(`batch.results.${mode}`, {
            ok: results.length - failed.length,
            failed: failed.length,
          })}
          description={
            <ul style={{ margin: 0 }} data-testid="bulk-results">
              {results.map((r) => (
                <li key={r.id} data-testid="bulk-result" data-ok={!r.error}>
                  {r.error
                    ? t(`batch.failedRow.${mode}`, { id: r.id, reason: r.error })
                    : t(`batch.doneRow.${mode}`, { id: r.id })}
                  {r.correlationId && (
                    <Typography.Text
                      type="secondary"
                      copyable={{
                        text: r.correlationId,
                        tooltips: [t('batch.copyCorrelation'), t('batch.copied')],
                      }}
                      style={{ marginLeft: 8 }}
                    >
                      {t('batch.correlation')}
                    </Typography.Text>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  )
}
