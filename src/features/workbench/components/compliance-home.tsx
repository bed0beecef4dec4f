import { useQuery } from '@tanstack/react-query'
import { Col, Row, Table, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { ComplianceDashboard } from '../../../shared/api/dashboard-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import { dashboardQueries } from '../api/dashboard-queries'
import { ledgerHref } from '../model/links'
import { ChainStatusBlock } from './chain-status-block'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { DividedBlocks, formatTime, HomeCard, SnapshotBar } from './home-parts'
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
        <Col xs={24} xl={12}>
          <HomeCard
            title={t('compliance.disclosures', { month: d?.month ?? '' })}
            extra={
              <Typography.Text>
                {t('compliance.disclosuresTotal', { count: total })}
              </Typography.Text>
            }
          >
            <Table
              aria-label={t('compliance.disclosures', { month: d?.month ?? '' })}
              size="small"
              rowKey="basis"
              pagination={false}
              loading={loading}
              dataSource={d?.disclosuresByBasis ?? []}
              columns={[
                {
                  title: t('col.basis'),
                  dataIndex: 'basis',
                  render: (basis: DisclosureBasis) => t(`basis.${basis}`),
                },
                {
                  title: t('col.records'),
                  dataIndex: 'count',
                  align: 'right',
                  render: (count: number, r) =>
                    d ? (
                      <Link
                        to={ledgerHref({ basis: r.basis, from: d.monthFirst, to: d.monthLast })}
                        aria-label={`${t(`basis.${r.basis}`)}: ${count}`}
                      >
                        {count}
                      </Link>
                    ) : (
                      count
                    ),
                },
              ]}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard
            title={t('compliance.applications', { count: d?.pendingApplications.total ?? 0 })}
            extra={
              <Link to={ledgerHref({ tab: 'applications' })} className="no-print">
                {t('compliance.openApplications')}
              </Link>
            }
          >
            <Table<Application>
              aria-label={t('compliance.applications', {
                count: d?.pendingApplications.total ?? 0,
              })}
              size="small"
              rowKey="id"
              pagination={false}
              loading={loading}
              dataSource={d?.pendingApplications.items ?? []}
              locale={{ emptyText: t('compliance.applicationsEmpty') }}
              columns={[
                { title: t('col.applicant'), dataIndex: 'applicantName' },
                { title: t('col.recipient'), dataIndex: 'recipientName' },
                { title: t('col.recordedAt'), dataIndex: 'recordedAt', render: formatTime },
                { title: t('col.recordedBy'), dataIndex: 'recordedBy', render: staffName },
              ]}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard title={t('compliance.chains')}>
            <DividedBlocks
              loading={loading}
              items={d?.chains}
              itemKey={(c) => c.chain}
              render={(c) => <ChainStatusBlock status={c} />}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard title={t('compliance.reveals')}>
            <RevealsTable reveals={d?.reveals} loading={loading} />
          </HomeCard>
        </Col>
        <Col span={24}>
          <Link to="/reports">{t('compliance.report')}</Link>
        </Col>
      </Row>
    </>
  )
}
