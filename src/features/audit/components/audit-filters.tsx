import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import '../i18n'
import type { AuditView, FilterKey } from '../model/audit-params'

interface AuditFiltersProps {
  filters: AuditView['filters']
  onChange(filters: AuditView['filters']): void
}

const OUTCOMES = ['success', 'denied', 'failure'] as const

export function AuditFilters({ filters, onChange }: AuditFiltersProps) {
  const { t } = useTranslation('audit')
  const staff = useQuery(staffQueries.list())
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...filters, [key]: value?.trim() || undefined })
  const actors = [
    ...(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName} (${s.id})` })),
    { value: 'system', label: t('system') },
    { value: 'anonymous', label: t('anonymous') },
  ]

  return (
    <FilterBar
      label={t('filter.label')}
      resetLabel={t('filter.reset')}
      onReset={() => onChange({})}
    >
      <SelectFilter
        label={t('filter.actor')}
        search
        style={{ minWidth: 200 }}
        value={filters.actorId}
        onChange={(value) => set('actorId', value)}
        options={actors}
      />
      <SearchFilter
        label={t('filter.action')}
        width={260}
        value={filters.action}
        onSearch={(raw) => set('action', raw)}
      />
      <SearchFilter
        label={t('filter.target')}
        width={200}
        value={filters.target}
        onSearch={(raw) => set('target', raw)}
      />
      <SelectFilter
        label={t('filter.outcome')}
        style={{ minWidth: 130 }}
        value={filters.outcome}
        onChange={(value) => set('outcome', value)}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
      />
      <DateRangeFilter
        label={t('filter.date')}
        from={filters.from}
        to={filters.to}
        onChange={(from, to) => onChange({ ...filters, from, to })}
      />
    </FilterBar>
  )
}
