import { useTranslation } from '../../../shared/i18n/i18n'
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../../../shared/api/incident-schemas'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import type { ListView } from '../../../shared/list-view/use-list-view'
import '../i18n'
import '../../../shared/i18n/incident-record'
import type { INCIDENT_LIST } from '../model/list-params'

export function IncidentFilters({ view }: { view: ListView<typeof INCIDENT_LIST> }) {
  const { t } = useTranslation('incidents')
  const { filters } = view.state
  const selects = [
    {
      key: 'severity',
      label: t('filter.severity'),
      options: INCIDENT_SEVERITIES.map((s) => ({
        value: s,
        label: t(`incidentRecord:severity.${s}`),
      })),
    },
    {
      key: 'status',
      label: t('filter.status'),
      options: INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    },
  ] as const
  return (
    <FilterBar
      label={t('filter.label')}
      resetLabel={t('filter.reset')}
      onReset={() => view.setFilters({})}
    >
      <SearchFilter
        label={t('filter.q')}
        width={240}
        value={filters.q}
        onSearch={(value) => view.setFilter('q', value.trim())}
      />
      {selects.map(({ key, label, options }) => (
        <SelectFilter
          key={key}
          label={label}
          value={filters[key]}
          onChange={(v) => view.setFilter(key, v)}
          options={[...options]}
          style={{ width: 140 }}
        />
      ))}
    </FilterBar>
  )
}
