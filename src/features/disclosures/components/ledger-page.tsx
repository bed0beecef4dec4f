import { useMutation, useQuery } from '@tanstack/react-query'
import { Badge, Button, Space, Tabs } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { PageSection } from '../../../shared/ui/page-header'
import { disclosureQueries, downloadLedgerCsv } from '../api/disclosure-api'
import '../i18n'
import { useListView } from '../../../shared/list-view/use-list-view'
import { filterParams, LEDGER_LIST, type LedgerTab } from '../model/ledger-params'
import { ApplicationsPanel } from './applications-panel'
import { LedgerFilters } from './ledger-filters'
import { LedgerIntegrity } from './ledger-integrity'
import { LedgerTable } from './ledger-table'
import { RecordDrawer } from './record-drawer'
import { RecordForm } from './record-form'

export function LedgerPage() {
  const { t } = useTranslation('disclosures')
  const { message } = useFeedback()
  const staff = useStaff()
  const list = useListView(LEDGER_LIST)
  const view = list.state
  const [form, setForm] = useState<{ corrects: DisclosureRecord | null } | null>(null)
  const pending = useQuery(disclosureQueries.applications('pending'))
  const exporting = useMutation({
    mutationFn: downloadLedgerCsv,
    onSuccess: () => message.success(t('exported')),
  })
  const mayRecord = staff.role === 'compliance'
  const update = list.set

  return (
    <PageSection
      title={t('title')}
      extra={
        <Space wrap>
          {mayRecord && (
            <Button type="primary" onClick={() => setForm({ corrects: null })}>
              {t('record')}
            </Button>
          )}
          {mayRecord && (
            <Button
              onClick={() => exporting.mutate(filterParams(view))}
              loading={exporting.isPending}
            >
              {t('export')}
            </Button>
          )}
        </Space>
      }
    >
      <ErrorAlert error={exporting.error} />
      <Tabs
        activeKey={view.tab}
        onChange={(tab) => update({ tab: tab as LedgerTab, record: null })}
        items={[
          {
            key: 'ledger',
            label: t('tabs.ledger'),
            children: (
              <>
                <LedgerFilters filters={view.filters} onChange={list.setFilters} />
                <LedgerTable list={list} onOpen={(record) => update({ record })} />
              </>
            ),
          },
          {
            key: 'applications',
            label: (
              <span>
                {t('tabs.applications')}{' '}
                <Badge count={pending.data?.total ?? 0} showZero color="gold" />
              </span>
            ),
            children: <ApplicationsPanel onOpenRecord={(record) => update({ record })} />,
          },
          { key: 'integrity', label: t('tabs.integrity'), children: <LedgerIntegrity /> },
        ]}
      />
      <RecordDrawer
        seq={view.record}
        onClose={() => update({ record: null })}
        onOpen={(record) => update({ record })}
        onCorrect={mayRecord ? (record) => setForm({ corrects: record }) : undefined}
      />
      <RecordForm
        open={form !== null}
        corrects={form?.corrects ?? null}
        onClose={() => setForm(null)}
        onDone={(outcome) => {
          setForm(null)
          if (outcome.kind === 'recorded') update({ tab: 'ledger', record: outcome.record.seq })
          else update({ tab: 'applications', record: null })
        }}
      />
    </PageSection>
  )
}
