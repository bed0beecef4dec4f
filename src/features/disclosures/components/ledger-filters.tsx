import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DISCLOSURE_BASES, RECIPIENT_TYPES } from '../../../shared/api/enums'
import { staffQueries } from '../../../shared/api/requests'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import '../i18n'
import type { FilterKey, LedgerView } from '../model/ledger-params'

interface LedgerFiltersProps {
  filters: LedgerView['filters']
  onChange(filters: LedgerView['filters']): void
}

export function LedgerFilters({ filters, onChange }: LedgerFiltersProps) {
  const { t } = useTranslation('disclosures')
  const staff = useQuery(staffQueries.list())
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined })
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    width = 180,
  ) => (
    <SelectFilter
      label={label}
      style={{ minWidth: width }}
      value={filters[key]}
      onChange={(value) => set(key, value)}
      options={options}
    />
  )
  const recorders = [
    ...(staff.data?.items ?? [])
      .filter((s) => s.role === 'compliance')
      .map((s) => ({ value: s.id, label: s.displayName })),
    { value: 'system', label: t('system') },
  ]

  return (
    <FilterBar
      label={t('filter.label')}
      resetLabel={t('filter.reset')}
      onReset={() => onChange({})}
    >
      <SearchFilter
        label={t('filter.userId')}
        width={220}
        value={filters.userId}
        onSearch={(raw) => set('userId', raw.trim().toUpperCase())}
      />
      {select(
        'basis',
        t('filter.basis'),
        DISCLOSURE_BASES.map((b) => ({ value: b, label: t(`basisShort.${b}`) })),
      )}
      {select(
        'recipientType',
        t('filter.recipientType'),
        RECIPIENT_TYPES.map((r) => ({ value: r, label: t(`common:recipientType.${r}`) })),
      )}
      {select('recordedBy', t('filter.recordedBy'), recorders, 140)}
      <DateRangeFilter
        label={t('filter.date')}
        from={filters.from}
        to={filters.to}
        onChange={(from, to) => onChange({ ...filters, from, to })}
      />
    </FilterBar>
  )
}
