import { useQuery } from '@tanstack/react-query'
import { Row, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { ComplianceDashboard } from '../../../shared/api/dashboard-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import { dashboardQueries } from '../api/dashboard-queries'
import '../../../shared/i18n/disclosure-basis'
import { ledgerHref } from '../model/links'
import { ChainStatusBlock } from './chain-status-block'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import {
  DividedBlocks,
  formatTime,
  HomeCell,
  HomeTable,
  ReportLink,
  SnapshotBar,
} from './home-parts'
import { RevealsTable } from './reveals-table'

type Application = ComplianceDashboard['pendingApplications']['items'][number]

/** Compliance's first question: what left the platform, what waits for approval, are the records intact. */
export function ComplianceHome() {
  const { t } = useTranslation('workbench')
  const staffName = useStaffName()
  const query = useQuery(dashboardQueries.compliance())
  const d = query.data
  const loading = query.isPending
  const total = d?.disclosuresByBasis.reduce((n, b) => n + b.count, 0) ?? 0
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        <HomeCell
          title={t('compliance.disclosures', { month: d?.month ?? '' })}
          extra={
            <Typography.Text>{t('compliance.disclosuresTotal', { count: total })}</Typography.Text>
          }
        >
          <HomeTable
            label={t('compliance.disclosures', { month: d?.month ?? '' })}
            rowKey="basis"
            loading={loading}
            rows={d?.disclosuresByBasis}
            columns={[
              {
                title: t('col.basis'),
                dataIndex: 'basis',
                render: (basis: DisclosureBasis) => t(`disclosureBasis:${basis}`),
              },
              {
                title: t('col.records'),
                dataIndex: 'count',
                align: 'right',
                render: (count: number, r) =>
                  d ? (
                    <Link
                      to={ledgerHref({ basis: r.basis, from: d.monthFirst, to: d.monthLast })}
                      aria-label={`${t(`disclosureBasis:${r.basis}`)}: ${count}`}
                    >
                      {count}
                    </Link>
                  ) : (
                    count
                  ),
              },
            ]}
          />
        </HomeCell>
        <HomeCell
          title={t('compliance.applications', { count: d?.pendingApplications.total ?? 0 })}
          extra={
            <Link to={ledgerHref({ tab: 'applications' })} className="no-print">
              {t('compliance.openApplications')}
            </Link>
          }
        >
          <HomeTable<Application>
            label={t('compliance.applications', { count: d?.pendingApplications.total ?? 0 })}
            rowKey="id"
            loading={loading}
            rows={d?.pendingApplications.items}
            empty={t('compliance.applicationsEmpty')}
            columns={[
              { title: t('col.applicant'), dataIndex: 'applicantName' },
              { title: t('col.recipient'), dataIndex: 'recipientName' },
              { title: t('col.recordedAt'), dataIndex: 'recordedAt', render: formatTime },
              { title: t('col.recordedBy'), dataIndex: 'recordedBy', render: staffName },
            ]}
          />
        </HomeCell>
        <HomeCell title={t('compliance.chains')}>
          <DividedBlocks
            loading={loading}
            items={d?.chains}
            itemKey={(c) => c.chain}
            render={(c) => <ChainStatusBlock status={c} />}
          />
        </HomeCell>
        <HomeCell title={t('compliance.reveals')}>
          <RevealsTable reveals={d?.reveals} loading={loading} />
        </HomeCell>
        <ReportLink />
      </Row>
    </>
  )
}
