import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Progress, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { isApiError } from '../../../shared/api/api-error'
import { cancellationCheckSchema } from '../../../shared/api/enums'
import { z } from '../../../shared/api/zod'
import { newIdempotencyKey } from '../../../shared/api/http-client'
import { postRequestAction, requestQueries } from '../../../shared/api/requests'
import type { CancellationSummary } from '../../../shared/api/schemas'
import '../../../shared/ui/checklist-messages'
import '../i18n'

interface RowResult {
  id: string
  error: string | null
  correlationId?: string
}

/** A lead approves several prepared cancellations; each goes through the same checks as one alone. */
export function BulkApprove({ rows, onDone }: { rows: CancellationSummary[]; onDone(): void }) {
  const { t } = useTranslation('cancellations')
  const queryClient = useQueryClient()
  const [results, setResults] = useState<RowResult[] | null>(null)
  const [running, setRunning] = useState(false)
  const [keys] = useState(() => new Map<string, string>())

  // Server words for the refusals a checker meets most, the rest as the server said it.
  const describe = (error: unknown): string => {
    if (isApiError(error, 409) && error.code === 'PRECONDITION_FAILED') {
      const failing = z.array(cancellationCheckSchema).safeParse(error.details?.failing)
      if (failing.success)
        return `${t('precondition.title')}: ${failing.data.map((k) => t(`checklist:check.${k}`)).join('、')}`
    }
    return errorTitle(error, t)
  }

  const run = async () => {
    setRunning(true)
    const done: RowResult[] = []
    setResults([])
    for (const row of rows) {
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

  const failed = results?.filter((r) => r.error) ?? []
  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <Button type="primary" disabled={!rows.length} loading={running} onClick={() => void run()}>
          {t('batch.approveSelected', { count: rows.length })}
        </Button>
        {results && running && (
          <Progress
            percent={Math.round((results.length / rows.length) * 100)}
            size="small"
            style={{ width: 160 }}
          />
        )}
      </Space>
      {results && !running && (
        <Alert
          role="status"
          style={{ marginTop: 8 }}
          type={failed.length ? 'warning' : 'success'}
          title={t('batch.results', { ok: results.length - failed.length, failed: failed.length })}
          description={
            <ul style={{ margin: 0 }} data-testid="bulk-results">
              {results.map((r) => (
                <li key={r.id} data-testid="bulk-result" data-ok={!r.error}>
                  {r.id}:{' '}
                  {r.error
                    ? `${r.error}${r.correlationId ? ` (${t('common:common.correlationId')}: ${r.correlationId})` : ''}`
                    : t('batch.approved')}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  )
}
