import { Button, Descriptions, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { IncidentCard } from './incident-card'
import type { IncidentPanelProps } from './incident-panel-props'
import { AnnouncementForm } from './announcement-form'
import { useStaffName } from '../../../shared/ui/use-staff-name'

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** Policy 5(3): where telling each user is impractical, a public announcement, with why. */
export function AnnouncementPanel({ incident, readOnly }: IncidentPanelProps) {
  const { t } = useTranslation('incidents')
  const staffName = useStaffName()
  const [editing, setEditing] = useState(incident.announcement === null)
  const current = incident.announcement

  return (
    <>
      {current ? (
        <IncidentCard
          title={t('announcement.current')}
          style={{ marginBottom: 16 }}
          data-testid="announcement"
        >
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'text',
                label: t('announcement.textZh'),
                children: <div className="pre-wrap">{current.textZh}</div>,
              },
              ...(current.textEn
                ? [
                    {
                      key: 'en',
                      label: t('announcement.textEn'),
                      children: (
                        <div className="pre-wrap" lang="en">
                          {current.textEn}
                        </div>
                      ),
                    },
                  ]
                : []),
              {
                key: 'publishAt',
                label: t('announcement.publishAt'),
                children: time(current.publishAt),
              },
              {
                key: 'venues',
                label: t('announcement.venues'),
                children: current.venues
                  .map((v) => t(`incidentRecord:venue.${v}`))
                  .join(t('listSeparator')),
              },
              {
                key: 'impracticalAt',
                label: t('announcement.impracticalAt'),
                children: time(current.impracticalAt),
              },
              {
                key: 'impracticalReason',
                label: t('announcement.impracticalReason'),
                children: current.impracticalReason,
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('announcement.recordedBy', {
              name: staffName(current.recordedBy),
              at: time(current.recordedAt),
            })}
          </Typography.Paragraph>
          {!readOnly && !editing && (
            <Button className="mt-8" onClick={() => setEditing(true)}>
              {t('announcement.amend')}
            </Button>
          )}
        </IncidentCard>
      ) : (
        <Typography.Paragraph type="secondary">{t('announcement.none')}</Typography.Paragraph>
      )}
      {!readOnly && editing && (
        <AnnouncementForm incident={incident} onDone={() => setEditing(false)} />
      )}
    </>
  )
}
