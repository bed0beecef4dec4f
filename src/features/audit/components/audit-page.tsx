import { useMutation } from '@tanstack/react-query'
import { Button, Tabs } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useStaff } from '../../../shared/auth/session-context'
import { ChainVerification } from '../../../shared/ui/chain-verification'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { PageSection } from '../../../shared/ui/page-header'
import {
  auditChainSource,
  auditQueries,
  downloadAuditCsv,
  signAuditCheckpoint,
} from '../api/audit-api'
import '../i18n'
import { useListView } from '../../../shared/list-view/use-list-view'
import { AUDIT_LIST, filterParams, type AuditTab } from '../model/audit-params'
import { AuditFilters } from './audit-filters'
import { AuditTable } from './audit-table'
import { useActorName } from './use-actor-name'

export function AuditPage() {
  const { t } = useTranslation('audit')
  const { message } = useFeedback()
  const staff = useStaff()
  const actorName = useActorName()
  const list = useListView(AUDIT_LIST)
  const view = list.state
  const mayExport = staff.role === 'compliance'
  const exporting = useMutation({
    mutationFn: downloadAuditCsv,
    onSuccess: () => message.success(t('exported')),
    meta: { invalidates: [auditQueries.all()] },
  })

  return (
    <PageSection
      title={t('title')}
      intro={t('intro')}
      extra={
        <>
          {mayExport && (
            <Button
              onClick={() => exporting.mutate(filterParams(view))}
              loading={exporting.isPending}
            >
              {t('export')}
            </Button>
          )}
        </>
      }
    >
      <ErrorAlert error={exporting.error} />
      <Tabs
        activeKey={view.tab}
        onChange={(tab) => list.set({ tab: tab as AuditTab })}
        items={[
          {
            key: 'events',
            label: t('tabs.events'),
            children: (
              <>
                <AuditFilters filters={view.filters} onChange={list.setFilters} />
                <AuditTable list={list} />
              </>
            ),
          },
          {
            key: 'integrity',
            label: t('tabs.integrity'),
            children: (
              <ChainVerification
                source={auditChainSource}
                checkpointsKey={auditQueries.checkpoints()}
                sign={staff.role === 'compliance' ? signAuditCheckpoint : undefined}
                staffName={actorName}
              />
            ),
          },
        ]}
      />
    </PageSection>
  )
}
