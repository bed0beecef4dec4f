import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Space, Tabs, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState, type ComponentType } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link, useSearchParams } from 'react-router'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { PageHeader } from '../../../shared/ui/page-header'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import { AffectedUsersPanel } from './affected-users-panel'
import { AnnouncementPanel } from './announcement-panel'
import { CampaignsPanel } from './campaigns-panel'
import { CloseIncident } from './close-incident'
import { IncidentFormDrawer } from './incident-form-drawer'
import { IncidentOverview } from './incident-overview'
import { IncidentStatusTag, SeverityTag } from './incident-tags'
import type { IncidentPanelProps } from './incident-panel-props'
import { IncidentTimeline } from './incident-timeline'
import { RegulatorDueTag } from './regulator-due'
import { RegulatorPanel } from './regulator-panel'
import { useIncidentCommand } from './use-incident-command'

export const DETAIL_TABS = [
  'overview',
  'users',
  'campaigns',
  'announcement',
  'regulator',
  'timeline',
] as const
type DetailTab = (typeof DETAIL_TABS)[number]

const PANELS: Record<DetailTab, ComponentType<IncidentPanelProps>> = {
  overview: IncidentOverview,
  users: AffectedUsersPanel,
  campaigns: CampaignsPanel,
  announcement: AnnouncementPanel,
  regulator: RegulatorPanel,
  timeline: IncidentTimeline,
}

// The tabs that name how many things they hold.
const COUNTS: Partial<Record<DetailTab, (incident: IncidentDetail) => number>> = {
  users: (incident) => incident.affectedCount,
  campaigns: (incident) => incident.campaigns.length,
  regulator: (incident) => incident.regulatorReports.length,
}

export function IncidentDetailPage({ id }: { id: string }) {
  const detail = useQuery(incidentQueries.detail(id))
  if (detail.isPending) return <PageLoading />
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
  return <Loaded incident={detail.data} />
}

function Loaded({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const [searchParams, setSearchParams] = useSearchParams()
  const tab: DetailTab = DETAIL_TABS.find((k) => k === searchParams.get('tab')) ?? 'overview'
  const [editing, setEditing] = useState(false)
  const command = useIncidentCommand(incident)
  const open = incident.status === 'open'
  const panel = { incident, readOnly: !open }

  const items = DETAIL_TABS.map((key) => {
    const Panel = PANELS[key]
    const count = COUNTS[key]?.(incident)
    return {
      key,
      label: count === undefined ? t(`tabs.${key}`) : `${t(`tabs.${key}`)} (${count})`,
      children: <Panel {...panel} />,
    }
  })

  return (
    <section aria-labelledby="incident-title">
      <Link to="/incidents">← {t('back')}</Link>
      <Space
        style={{ width: '100%', justifyContent: 'space-between', margin: '8px 0' }}
        wrap
        align="start"
      >
        <div>
          <PageHeader id="incident-title" title={incident.title} />
          <Space size={8} wrap style={{ marginTop: 6 }}>
            <Typography.Text strong>{incident.id}</Typography.Text>
            <SeverityTag severity={incident.severity} />
            <IncidentStatusTag status={incident.status} />
            <RegulatorDueTag due={incident.regulatorDue} />
            <Typography.Text type="secondary" data-testid="incident-version">
              {t('header.version', { version: incident.version })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('header.affected', { count: incident.affectedCount })}
            </Typography.Text>
          </Space>
        </div>
        {open && (
          <Space>
            <Button onClick={() => setEditing(true)}>{t('form.edit')}</Button>
            <CloseIncident incident={incident} />
          </Space>
        )}
      </Space>
      {!open && incident.closedAt && (
        <Alert
          type="info"
          showIcon
          className="mb-12"
          title={t('close.closedBanner', {
            at: dayjs(incident.closedAt).format('YYYY-MM-DD HH:mm'),
          })}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setSearchParams(key === 'overview' ? {} : { tab: key }, { replace: true })
        }
        items={items}
        destroyOnHidden
      />
      <IncidentFormDrawer
        open={editing}
        incident={incident}
        command={command}
        onClose={() => setEditing(false)}
        onDone={() => setEditing(false)}
      />
      {command.dialog}
    </section>
  )
}
