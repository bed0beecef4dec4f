import { useMutation } from '@tanstack/react-query'
import { Button, Space, Tabs, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useSearchParams } from 'react-router'
import { useStaff } from '../../../shared/auth/session-context'
import { ChainVerification } from '../../../shared/ui/chain-verification'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import {
  auditChainSource,
  auditQueries,
  downloadAuditCsv,
  signAuditCheckpoint,
} from '../api/audit-api'
import '../i18n'
import {
  filterParams,
  readAuditView,
  writeAuditView,
  type AuditTab,
  type AuditView,
} from '../model/audit-params'
import { AuditFilters } from './audit-filters'
import { AuditTable } from './audit-table'
import { useActorName } from './use-actor-name'

export function AuditPage() {
  const { t } = useTranslation('audit')
  const { message } = useFeedback()
  const staff = useStaff()
  const actorName = useActorName()
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readAuditView(searchParams)
  const update = (change: Partial<AuditView>) =>
    setSearchParams(writeAuditView({ ...view, ...change }))
  const mayExport = staff.role === 'compliance'
  const exporting = useMutation({
    mutationFn: () => downloadAuditCsv(filterParams(view)),
    onSuccess: () => message.success(t('exported')),
    meta: { invalidates: [auditQueries.all()] },
  })

  return (
    <section aria-labelledby="audit-title">
      <Space className="full-width space-between mb-8" wrap>
        <Typography.Title level={1} id="audit-title" style={{ fontSize: 22, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {mayExport && (
          <Button onClick={() => exporting.mutate()} loading={exporting.isPending}>
            {t('export')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ErrorAlert error={exporting.error} />
      <Tabs
        activeKey={view.tab}
        onChange={(tab) => update({ tab: tab as AuditTab })}
        items={[
          {
            key: 'events',
            label: t('tabs.events'),
            children: (
              <>
                <AuditFilters
                  filters={view.filters}
                  onChange={(filters) => update({ filters, page: 1 })}
                />
                <AuditTable view={view} onChange={update} />
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
    </section>
  )
}
