import { Descriptions, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { TEXT_FIELDS } from '../model/incident-form'
import { useStaffName } from '../../../shared/ui/use-staff-name'

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

export function IncidentOverview({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const staffName = useStaffName()
  const paragraph = (text: string) => (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
      {text}
    </Typography.Paragraph>
  )
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 220 } }}
      items={[
        {
          key: 'discoveredAt',
          label: t('incidentRecord:field.discoveredAt'),
          children: time(incident.discoveredAt),
        },
        {
          key: 'occurred',
          label: t('incidentRecord:field.occurred'),
          children: `${time(incident.occurredFrom)} – ${time(incident.occurredTo)}`,
        },
        {
          key: 'dataCategories',
          label: t('incidentRecord:field.dataCategories'),
          children: incident.dataCategories
            .map((c) => t(`common:dataCategory.${c}`))
            .join(t('listSeparator')),
        },
        ...TEXT_FIELDS.map((f) => ({
          key: f,
          label: t(`incidentRecord:field.${f}`),
          children: paragraph(incident[f]),
        })),
        {
          key: 'createdBy',
          label: t('incidentRecord:field.createdBy'),
          children: `${staffName(incident.createdBy)} · ${time(incident.createdAt)}`,
        },
        ...(incident.closedAt
          ? [
              {
                key: 'closedAt',
                label: t('incidentRecord:field.closedAt'),
                children: `${staffName(incident.closedBy)} · ${time(incident.closedAt)}`,
              },
            ]
          : []),
      ]}
    />
  )
}
