import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { LeadDashboard } from '../../../shared/api/dashboard-schemas'
import { HomeTable } from './home-parts'

type NewChecker = LeadDashboard['newCheckers'][number]

/** Who became a checker lately and who made them one, newest first. */
export function NewCheckersTable({
  items,
  loading,
}: {
  items: NewChecker[] | undefined
  loading: boolean
}) {
  const { t } = useTranslation('workbench')
  return (
    <HomeTable<NewChecker>
      label={t('lead.newCheckers')}
      rowKey={(c) => `${c.staffId}-${c.grantedAt}`}
      loading={loading}
      empty={t('lead.newCheckersEmpty')}
      rows={items}
      columns={[
        {
          title: t('lead.checker'),
          key: 'checker',
          render: (_, c) => t('lead.newChecker', { name: c.displayName, username: c.username }),
        },
        { title: t('lead.grantedBy'), dataIndex: 'grantedByName' },
        {
          title: t('lead.grantedAt'),
          dataIndex: 'grantedAt',
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  )
}
