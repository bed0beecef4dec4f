import { useQuery } from '@tanstack/react-query'
import { Button, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { postRequestAction, requestQueries, staffQueries } from '../../../shared/api/requests'
import type { RequestListItem } from '../../../shared/api/schemas'
import { BulkProgress, BulkResults, useBulkRun } from '../../../shared/ui/bulk-run'
import { useFeedback } from '../../../shared/ui/feedback'

/** A lead assigns many requests at once and sees which ones did not go through, and why. */
export function BulkAssign({ rows, onDone }: { rows: RequestListItem[]; onDone(): void }) {
  const { t } = useTranslation('queue')
  const { message } = useFeedback()
  const staff = useQuery(staffQueries.list())
  const [assigneeId, setAssigneeId] = useState<string>()
  const bulk = useBulkRun()

  const run = async () => {
    if (!assigneeId) return
    const done = await bulk.run(rows, {
      act: (row, key) =>
        postRequestAction(
          {
            id: row.id,
            endpoint: requestEndpoints.assign,
            body: { assigneeId },
            version: row.version,
          },
          key,
        ),
      // One key per row and assignee, reused if the lead retries the same batch.
      attemptOf: (row) => `${row.id}:${assigneeId}:${row.version}`,
      describe: (error) => errorTitle(error, t),
      invalidates: requestQueries.all(),
    })
    const failedCount = done.filter((r) => r.error).length
    // All through: the selection is done with. Otherwise it stays, with each failure and its reason.
    if (failedCount === 0) {
      message.success(t('bulkResult', { ok: done.length, failed: 0 }))
      onDone()
    }
  }

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
        <Button type="primary" disabled={!assigneeId} loading={bulk.running} onClick={run}>
          {t('bulkAssign', { count: rows.length })}
        </Button>
        <BulkProgress run={bulk} />
      </Space>
      <BulkResults
        run={bulk}
        title={(counts) => t('bulkResult', counts)}
        show="failed"
        sentence={(r) => `${r.id}: ${r.error}`}
      />
    </div>
  )
}
