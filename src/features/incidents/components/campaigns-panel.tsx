import { Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n'
import type { IncidentPanelProps } from './incident-panel-props'
import { CampaignCard } from './campaign-card'
import { CampaignForm } from './campaign-form'

/** Notices to the affected users, one batch per channel and send, newest first. */
export function CampaignsPanel({ incident, readOnly }: IncidentPanelProps) {
  const { t } = useTranslation('incidents')
  const [justSent, setJustSent] = useState<string | null>(null)
  const campaigns = [...incident.campaigns].reverse()
  return (
    <>
      {!readOnly && <CampaignForm incident={incident} onSent={setJustSent} />}
      <section aria-labelledby="campaigns-title">
        <h2 id="campaigns-title" style={{ fontSize: 16 }}>
          {t('campaign.list')}
        </h2>
        {campaigns.length === 0 && (
          <Typography.Paragraph type="secondary">{t('campaign.none')}</Typography.Paragraph>
        )}
        {campaigns.map((c, i) => (
          <CampaignCard
            key={c.id}
            incident={incident}
            campaign={c}
            readOnly={readOnly}
            expanded={c.id === justSent || (i === 0 && justSent === null)}
          />
        ))}
      </section>
    </>
  )
}
