import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Progress, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { newIdempotencyKey } from '../../../shared/api/http-client'
import { postRequestAction, requestQueries, staffQueries } from '../../../shared/api/requests'
import type { RequestListItem } from '../../../shared/api/schemas'
import { useFeedback } from '../../../shared/ui/feedback'

interface RowResult {
  id: string
  error: string | null
}

/** A lead assigns many requests at once and sees which ones did not go through, and why. */
export function BulkAssign({ rows, onDone }: { rows: RequestListItem[]; onDone(): void }) {
  const { t } = useTranslation('queue')
  const queryClient = useQueryClient()
  const { message } = useFeedback()
  const staff = useQuery(staffQueries.list())
  const [assigneeId, setAssigneeId] = useState<string>()
  const [results, setResults] = useState<RowResult[] | null>(null)
  const [running, setRunning] = useState(false)
  const [keys] = useState(() => new Map<string, string>())

  const run = async () => {
    if (!assigneeId) return
    setRunning(true)
    const done: RowResult[] = []
    setResults([])
    for (const row of rows) {
      // One key per row and assignee, reused if the lead retries the same batch.
      const keyId = `${row.id}:${assigneeId}:${row.version}`
      const key = keys.get(keyId) ?? newIdempotencyKey()
      keys.set(keyId, key)
      try {
        await postRequestAction(
          { id: row.id, action: 'assign', body: { assigneeId }, version: row.version },
          key,
        )
        done.push({ id: row.id, error: null })
      } catch (error) {
        done.push({ id: row.id, error: errorTitle(error, t) })
      }
      setResults([...done])
    }
    setRunning(false)
    await queryClient.invalidateQueries({ queryKey: requestQueries.all() })
    const failedCount = done.filter((r) => r.error).length
    const summary = t('bulkResult', { ok: done.length - failedCount, failed: failedCount })
    // All through: the selection is done with. Otherwise it stays, with each failure and its reason.
    if (failedCount === 0) {
      message.success(summary)
      onDone()
    }
  }

  const failed = results?.filter((r) => r.error) ?? []
  return (
    <div className="mb-12">
      <Space wrap>
        <Select
          aria-label={t('assignTo')}
          placeholder={t('assignTo')}
          style={{ width: 180 }}
          value={assigneeId}
          onChange={setAssigneeId}
          options={(staff.data?.items ?? [])
            .filter((s) => s.role === 'agent' || s.role === 'lead')
            .map((s) => ({ value: s.id, label: s.displayName }))}
        />
        <Button type="primary" disabled={!assigneeId} loading={running} onClick={run}>
          {t('bulkAssign', { count: rows.length })}
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
          className="mt-8"
          type={failed.length ? 'warning' : 'success'}
          title={t('bulkResult', { ok: results.length - failed.length, failed: failed.length })}
          description={
            failed.length ? (
              <ul style={{ margin: 0 }}>
                {failed.map((f) => (
                  <li key={f.id}>
                    {f.id}: {f.error}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </div>
  )
}
