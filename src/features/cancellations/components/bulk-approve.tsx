import { Button, Space } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { errorTitle } from '../../../shared/ui/error-text'
import { useFeedback } from '../../../shared/ui/feedback'
import { BulkProgress, BulkResults, useBulkRun } from '../../../shared/ui/bulk-run'
import { isApiError } from '../../../shared/api/api-error'
import { cancellationCheckSchema } from '../../../shared/api/enums'
import { z } from '../../../shared/api/zod'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { postRequestAction, requestQueries } from '../../../shared/api/requests'
import type { CancellationSummary } from '../../../shared/api/schemas'
import '../../../shared/i18n/checklist'
import type { BatchMode } from '../model/bulk-eligibility'
import '../i18n'

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
  const bulk = useBulkRun()

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
    const done = await bulk.run(batch, {
      act: (row, key) =>
        postRequestAction(
          { id: row.id, endpoint: requestEndpoints.approve, body: {}, version: row.version },
          key,
        ),
      // One key per row and version, reused if the lead retries the same batch.
      attemptOf: (row) => `${row.id}:${row.version}`,
      describe,
      invalidates: requestQueries.all(),
    })
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

  return (
    <div className="mb-12">
      <Space wrap>
        <Button
          type="primary"
          danger={mode === 'reject'}
          disabled={!rows.length}
          loading={bulk.running}
          onClick={confirm}
        >
          {t(`batch.run.${mode}`, { count: rows.length })}
        </Button>
        <BulkProgress run={bulk} />
      </Space>
      <BulkResults
        run={bulk}
        title={(counts) => t(`batch.results.${mode}`, counts)}
        sentence={(r) =>
          r.error
            ? t(`batch.failedRow.${mode}`, { id: r.id, reason: r.error })
            : t(`batch.doneRow.${mode}`, { id: r.id })
        }
        correlation={{
          label: t('batch.correlation'),
          copy: t('batch.copyCorrelation'),
          copied: t('batch.copied'),
        }}
      />
    </div>
  )
}
