import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_CATEGORIES, type DataCategory } from '../../../shared/api/enums'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import '../i18n'
import { STATE_VIEWS, type RetentionView, type StateView } from '../model/retention-params'

type Filters = Pick<RetentionView, 'state' | 'category' | 'from' | 'to' | 'q'>

export function RetentionFilters({
  view,
  onChange,
}: {
  view: Filters
  onChange(filters: Partial<Filters>): void
}) {
  const { t } = useTranslation('retention')
  const [q, setQ] = useState(view.q ?? '')
  return (
    <Space wrap className="mb-12" role="search" aria-label={t('filter.label')}>
      <Select<StateView>
        aria-label={t('filter.state')}
        style={{ minWidth: 180 }}
        value={view.state}
        onChange={(state) => onChange({ state })}
        options={STATE_VIEWS.map((s) => ({ value: s, label: t(`stateView.${s}`) }))}
      />
      <Select<DataCategory>
        aria-label={t('filter.category')}
        placeholder={t('filter.category')}
        allowClear
        style={{ minWidth: 200 }}
        value={view.category}
        onChange={(category) => onChange({ category })}
        options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`common:dataCategory.${c}`) }))}
      />
      <DateRangeFilter
        label={t('filter.date')}
        from={view.from}
        to={view.to}
        onChange={(from, to) => onChange({ from, to })}
      />
      <Input.Search
        aria-label={t('filter.q')}
        placeholder={t('filter.q')}
        allowClear
        style={{ width: 220 }}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(raw) => onChange({ q: raw.trim() || undefined })}
      />
      <Button
        onClick={() => {
          setQ('')
          onChange({
            state: 'kept',
            category: undefined,
            from: undefined,
            to: undefined,
            q: undefined,
          })
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
