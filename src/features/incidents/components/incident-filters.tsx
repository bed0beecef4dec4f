import { useTranslation } from '../../../shared/i18n/i18n'
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../../../shared/api/incident-schemas'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import '../i18n'
import type { IncidentListView } from '../model/list-params'

interface IncidentFiltersProps {
  filters: IncidentListView['filters']
  onChange(filters: IncidentListView['filters']): void
}

export function IncidentFilters({ filters, onChange }: IncidentFiltersProps) {
  const { t } = useTranslation('incidents')
  const set = (key: keyof IncidentListView['filters'], value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined })
  return (
    <FilterBar
      label={t('filter.label')}
      resetLabel={t('filter.reset')}
      onReset={() => onChange({})}
    >
      <SearchFilter
        label={t('filter.q')}
        width={240}
        value={filters.q}
        onSearch={(value) => set('q', value.trim())}
      />
      <SelectFilter
        label={t('filter.severity')}
        value={filters.severity}
        onChange={(v) => set('severity', v)}
        options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        style={{ width: 140 }}
      />
      <SelectFilter
        label={t('filter.status')}
        value={filters.status}
        onChange={(v) => set('status', v)}
        options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ width: 140 }}
      />
    </FilterBar>
  )
}
