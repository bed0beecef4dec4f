import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_CATEGORIES, type DataCategory } from '../../../shared/api/enums'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import '../i18n'
import type { ListView } from '../../../shared/list-view/use-list-view'
import { STATE_VIEWS, type RETENTION_LIST, type StateView } from '../model/retention-params'

export function RetentionFilters({ view }: { view: ListView<typeof RETENTION_LIST> }) {
  const { t } = useTranslation('retention')
  const { tab, filters } = view.state
  const [q, setQ] = useState(filters.q ?? '')
  return (
    <Space wrap style={{ marginBottom: 12 }} role="search" aria-label={t('filter.label')}>
      <Select<StateView>
        aria-label={t('filter.state')}
        style={{ minWidth: 180 }}
        value={tab}
        onChange={view.setTab}
        options={STATE_VIEWS.map((s) => ({ value: s, label: t(`stateView.${s}`) }))}
      />
      <Select<DataCategory>
        aria-label={t('filter.category')}
        placeholder={t('filter.category')}
        allowClear
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
      <Input.Search
        aria-label={t('filter.q')}
        placeholder={t('filter.q')}
        allowClear
        style={{ width: 220 }}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(raw) => view.setFilter('q', raw.trim() || undefined)}
      />
      <Button
        onClick={() => {
          setQ('')
          view.set({ tab: 'kept', filters: {}, page: 1 })
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
