import { useQuery } from '@tanstack/react-query'
import { Card, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useStaff } from '../../../shared/auth/session-context'
import type { RetentionDue } from '../../../shared/api/retention-schemas'
import { PageHeader } from '../../../shared/ui/page-header'
import { retentionQueries } from '../api/retention-api'
import '../i18n'
import { useListView } from '../../../shared/list-view/use-list-view'
import { listParams, RETENTION_LIST } from '../model/retention-params'
import { countsInWords, dueByCategory, PurgeDue } from './purge-due'
import { RetentionFilters } from './retention-filters'
import { RetentionTable } from './retention-table'

/**
 * What retention duties keep after cancellations and deletions, and when it is purged: compliance
 * sees what is due by date and category and purges it; the daily job purges the rest.
 */
export function RetentionPage() {
  const { t } = useTranslation('retention')
  const view = useListView(RETENTION_LIST)
  // The summary of what is due comes with every page of the list: one request serves both.
  const list = useQuery(retentionQueries.list(listParams(view.state)))
  const summary = list.data?.summary

  return (
    <section aria-labelledby="retention-title">
      <PageHeader id="retention-title" title={t('title')} intro={t('intro')} />
      {summary && <DueNow due={summary} />}
      <RetentionFilters view={view} />
      <RetentionTable view={view} list={list} />
    </section>
  )
}

function DueNow({ due }: { due: RetentionDue }) {
  const { t } = useTranslation('retention')
  const staff = useStaff()
  const rows = dueByCategory(due)
  return (
    <Card
      size="small"
      className="mb-16"
      title={<h2 className="card-title">{t('due.title', { today: due.today })}</h2>}
    >
      <Typography.Paragraph data-testid="due-summary">
        {due.due === 0
          ? t('due.none')
          : t('due.count', { count: due.due, items: countsInWords(t, rows) })}
        {due.held > 0 && <> {t('due.held', { count: due.held })}</>}
      </Typography.Paragraph>
      {staff.role === 'compliance' ? (
        <PurgeDue due={due} />
      ) : (
        <Typography.Text type="secondary">{t('due.onlyCompliance')}</Typography.Text>
      )}
    </Card>
  )
}
