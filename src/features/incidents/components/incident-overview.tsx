import { Descriptions, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import '../i18n'
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
          label: t('field.discoveredAt'),
          children: time(incident.discoveredAt),
        },
        {
          key: 'occurred',
          label: t('field.occurred'),
          children: `${time(incident.occurredFrom)} – ${time(incident.occurredTo)}`,
        },
        {
          key: 'dataCategories',
          label: t('field.dataCategories'),
          children: incident.dataCategories
            .map((c) => t(`common:dataCategory.${c}`))
            .join(t('listSeparator')),
        },
        ...TEXT_FIELDS.map((f) => ({
          key: f,
          label: t(`field.${f}`),
          children: paragraph(incident[f]),
        })),
        {
          key: 'createdBy',
          label: t('field.createdBy'),
          children: `${staffName(incident.createdBy)} · ${time(incident.createdAt)}`,
        },
        ...(incident.closedAt
          ? [
              {
                key: 'closedAt',
                label: t('field.closedAt'),
                children: `${staffName(incident.closedBy)} · ${time(incident.closedAt)}`,
              },
            ]
          : []),
      ]}
    />
  )
}
