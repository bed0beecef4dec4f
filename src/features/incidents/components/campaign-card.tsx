import { Button, Card, Collapse, Progress, Space, Typography } from 'antd'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  DELIVERY_STATUSES,
  type CampaignProgress,
  type IncidentDetail,
} from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { DeliveriesTable } from './deliveries-table'
import { DELIVERY_TONE } from './incident-tags'
import { useIncidentCommand } from './use-incident-command'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'
import { useAppTokens } from '../../../shared/ui/theme'

interface CampaignCardProps {
  incident: IncidentDetail
  campaign: CampaignProgress
  readOnly: boolean
  expanded: boolean
}

/** One notice batch: how far delivery got, what failed and why, and a retry of the failures. */
export function CampaignCard({ incident, campaign, readOnly, expanded }: CampaignCardProps) {
  const token = useAppTokens()
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const staffName = useStaffName()
  const command = useIncidentCommand(incident)
  const [showDeliveries, setShowDeliveries] = useState(expanded)
  const { counts, recipients } = campaign
  const finished = counts.delivered + counts.failed
  const percent = recipients ? Math.round((finished / recipients) * 100) : 100
  const deliveredPercent = recipients ? Math.round((counts.delivered / recipients) * 100) : 0
  const headingId = `campaign-${campaign.id}`

  const retry = async () => {
    try {
      if (await command.run(incidentEndpoints.retryCampaign, { campaignId: campaign.id }))
        message.success(t('campaign.retried'))
    } catch {
      // Shown in the card.
    }
  }

  return (
    <Card
      size="small"
      className="mb-12"
      data-testid="campaign"
      data-campaign={campaign.id}
      aria-labelledby={headingId}
    >
      <Space className="full-width space-between" wrap>
        <h3 id={headingId} className="block-title">
          {t('campaign.heading', {
            id: campaign.id,
            channel: t(`incidentRecord:channel.${campaign.channel}`),
            at: dayjs(campaign.sentAt).format('YYYY-MM-DD HH:mm'),
          })}
        </h3>
        <Typography.Text type="secondary">
          {t('campaign.sentBy', { name: staffName(campaign.sentBy) })}
          {campaign.retries > 0 && ` · ${t('campaign.retries', { count: campaign.retries })}`}
        </Typography.Text>
      </Space>
      {/* Green is delivered, red failed, grey not finished yet; the text counts delivered. */}
      <Progress
        percent={percent}
        success={{ percent: deliveredPercent, strokeColor: token.colorPass }}
        strokeColor={token.colorError}
        status={campaign.settled ? 'normal' : 'active'}
        format={() => `${counts.delivered}/${recipients}`}
        aria-label={t('campaign.progress')}
        style={{ margin: '8px 0' }}
      />
      <div
        role="status"
        aria-live="polite"
        data-testid="campaign-counts"
        data-settled={campaign.settled}
      >
        <Space wrap size={4}>
          {DELIVERY_STATUSES.map((s) => (
            <StatusLabel key={s} tone={DELIVERY_TONE[s]} data-status={s}>
              {t(`campaign.counts.${s}`)} {counts[s]}
            </StatusLabel>
          ))}
          <Typography.Text type="secondary">
            {campaign.settled ? t('campaign.settled') : t('campaign.inFlight')}
          </Typography.Text>
        </Space>
        {campaign.deliveredAfterRetry > 0 && (
          <div>
            <Typography.Text type="secondary">
              {t('campaign.afterRetry', { count: campaign.deliveredAfterRetry })}
            </Typography.Text>
          </div>
        )}
      </div>
      <ErrorAlert error={command.error} />
      <Space wrap className="mt-8">
        {!readOnly && counts.failed > 0 && (
          <Button onClick={() => void retry()} loading={command.isPending}>
            {t('campaign.retry', { count: counts.failed })}
          </Button>
        )}
        <Button
          type="link"
          onClick={() => setShowDeliveries(!showDeliveries)}
          aria-expanded={showDeliveries}
        >
          {t('delivery.title')}
        </Button>
      </Space>
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'template',
            label: t('campaign.showTemplate'),
            children: (
              <>
                <Typography.Paragraph className="pre-wrap">
                  {campaign.templateZh}
                </Typography.Paragraph>
                {campaign.templateEn && (
                  <Typography.Paragraph className="pre-wrap" lang="en">
                    {campaign.templateEn}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
        ]}
      />
      {showDeliveries && <DeliveriesTable incidentId={incident.id} campaign={campaign} />}
      {command.dialog}
    </Card>
  )
}
