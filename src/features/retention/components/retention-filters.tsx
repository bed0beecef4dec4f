import { Select } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_CATEGORIES, type DataCategory } from '../../../shared/api/enums'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import '../i18n'
import type { ListView } from '../../../shared/list-view/use-list-view'
import { STATE_VIEWS, type RETENTION_LIST, type StateView } from '../model/retention-params'

export function RetentionFilters({ view }: { view: ListView<typeof RETENTION_LIST> }) {
  const { t } = useTranslation('retention')
  const { tab, filters } = view.state
  return (
    <FilterBar
      label={t('filter.label')}
      resetLabel={t('filter.reset')}
      onReset={() => view.set({ tab: 'kept', filters: {}, page: 1 })}
    >
      <Select<StateView>
        aria-label={t('filter.state')}
        style={{ minWidth: 180 }}
        value={tab}
        onChange={view.setTab}
        options={STATE_VIEWS.map((s) => ({ value: s, label: t(`stateView.${s}`) }))}
      />
      <SelectFilter<DataCategory>
        label={t('filter.category')}
        style={{ minWidth: 200 }}
        value={filters.category}
        onChange={(category) => view.setFilter('category', category)}
        options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`common:dataCategory.${c}`) }))}
      />
      <DateRangeFilter
        label={t('filter.date')}
        from={filters.from}
        to={filters.to}
        onChange={(from, to) => view.setFilters({ ...filters, from, to })}
      />
      <SearchFilter
        label={t('filter.q')}
        width={220}
        value={filters.q}
        onSearch={(raw) => view.setFilter('q', raw.trim() || undefined)}
      />
    </FilterBar>
  )
}
