import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { Alert, Progress, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { isApiError } from '../api/api-error'
import { newIdempotencyKey } from '../api/http-client'

/** What happened to one item of a batch: null error when it went through. */
export interface BulkRowResult {
  id: string
  error: string | null
  correlationId?: string
}

interface BulkRunOptions<T> {
  /** The action for one item, sent with its idempotency key. */
  act(item: T, idempotencyKey: string): Promise<unknown>
  /**
   * What makes two attempts the same request (e.g. id, version and the chosen assignee): a retry
   * of the same batch reuses its key, so what already went through is not done twice.
   */
  attemptOf(item: T): string
  /** A failure in the console's words. */
  describe(error: unknown): string
  /** Queries to read again once the batch has run. */
  invalidates?: QueryKey
  /** How many items are in flight at once; one by default, in the order given. */
  concurrency?: number
}

/**
 * Runs one action over the selected items, collecting a result per item (with the correlation id
 * of a failure) and the progress so far.
 */
export function useBulkRun() {
  const queryClient = useQueryClient()
  const [keys] = useState(() => new Map<string, string>())
  const [results, setResults] = useState<BulkRowResult[] | null>(null)
  const [running, setRunning] = useState(false)
  const [total, setTotal] = useState(0)

  const run = async <T extends { id: string }>(
    items: readonly T[],
    { act, attemptOf, describe, invalidates, concurrency = 1 }: BulkRunOptions<T>,
  ): Promise<BulkRowResult[]> => {
    setRunning(true)
    setTotal(items.length)
    setResults([])
    const done: BulkRowResult[] = []
    let next = 0
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++]!
        const attempt = attemptOf(item)
        const key = keys.get(attempt) ?? newIdempotencyKey()
        keys.set(attempt, key)
        try {
          await act(item, key)
          done.push({ id: item.id, error: null })
        } catch (error) {
          done.push({
            id: item.id,
            error: describe(error),
            correlationId: isApiError(error) ? error.correlationId : undefined,
          })
        }
        setResults([...done])
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
    setRunning(false)
    if (invalidates) await queryClient.invalidateQueries({ queryKey: invalidates })
    return done
  }

  const percent = Math.round(((results?.length ?? 0) / Math.max(1, total)) * 100)
  return { run, results, running, percent }
}

/** Where a batch stands: what `useBulkRun` reports. */
type BulkState = Omit<ReturnType<typeof useBulkRun>, 'run'>

/** The batch's progress while it runs. */
export function BulkProgress({ run }: { run: Pick<BulkState, 'running' | 'percent'> }) {
  const { running, percent } = run
  return running ? <Progress percent={percent} size="small" style={{ width: 160 }} /> : null
}

interface BulkResultsProps {
  run: Pick<BulkState, 'results' | 'running'>
  /** The summary, given how many went through and how many did not. */
  title(counts: { ok: number; failed: number }): string
  /** One item's outcome as a sentence. */
  sentence(result: BulkRowResult): ReactNode
  /** Every item, or only the ones that failed. */
  show?: 'all' | 'failed'
  /** Words of the control that copies a failure's correlation id; without them it is not shown. */
  correlation?: { label: string; copy: string; copied: string }
}

/** After the batch: a summary and a sentence per item, as a status the screen reader announces. */
export function BulkResults({ run, title, sentence, show = 'all', correlation }: BulkResultsProps) {
  const { results, running } = run
  if (!results || running) return null
  const failed = results.filter((r) => r.error)
  const listed = show === 'all' ? results : failed
  return (
    <Alert
      role="status"
      style={{ marginTop: 8 }}
      type={failed.length ? 'warning' : 'success'}
      title={title({ ok: results.length - failed.length, failed: failed.length })}
      description={
        listed.length ? (
          <ul style={{ margin: 0 }} data-testid="bulk-results">
            {listed.map((r) => (
              <li key={r.id} data-testid="bulk-result" data-ok={!r.error}>
                {sentence(r)}
                {correlation && r.correlationId && (
                  <Typography.Text
                    type="secondary"
                    copyable={{
                      text: r.correlationId,
                      tooltips: [correlation.copy, correlation.copied],
                    }}
                    style={{ marginLeft: 8 }}
                  >
                    {correlation.label}
                  </Typography.Text>
                )}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  )
}
