import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  REQUESTER_TYPES,
} from '../../../shared/api/enums'
import { staffQueries } from '../../../shared/api/requests'
import { FilterBar, SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import {
  DUE_FILTERS,
  DUPLICATE_FILTERS,
  FINISHED_FILTERS,
  isShareableSearch,
  type FilterKey,
  type QueueView,
} from '../model/queue-params'

interface QueueFiltersProps {
  view: QueueView
  privateQuery: string | null
  onChange(filters: QueueView['filters']): void
  onPrivateQuery(q: string | null): void
  /** Esc in the search box: the search is cleared and the list takes the focus. */
  onLeaveSearch(): void
}

export const QUEUE_SEARCH_ID = 'queue-search'

export function QueueFilters({
  view,
  privateQuery,
  onChange,
  onPrivateQuery,
  onLeaveSearch,
}: QueueFiltersProps) {
  const { t } = useTranslation('queue')
  const staff = useQuery(staffQueries.list())
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...view.filters, [key]: value || undefined })
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    multiple = false,
  ) => (
    <SelectFilter
      label={label}
      multiple={multiple}
      style={{ minWidth: multiple ? 180 : 140 }}
      value={view.filters[key]}
      onChange={(value) => set(key, value)}
      options={options}
    />
  )
  // A filter over a fixed list of values, titled by its own key in the messages.
  const enumSelect = <V extends string>(
    key: Exclude<FilterKey, 'q' | 'assignee' | 'receivedFrom' | 'receivedTo'>,
    values: readonly V[],
    labelOf: (value: V) => string,
    multiple = false,
  ) =>
    select(
      key,
      t(`filter.${key}`),
      values.map((value) => ({ value, label: labelOf(value) })),
      multiple,
    )

  return (
    <FilterBar
      label={t('filter.region')}
      resetLabel={t('filter.reset')}
      onReset={() => {
        onPrivateQuery(null)
        onChange({})
      }}
    >
      <SearchFilter
        id={QUEUE_SEARCH_ID}
        label={t('filter.search')}
        width={340}
        value={privateQuery ?? view.filters.q}
        onSearch={(raw) => {
          const q = raw.trim()
          if (isShareableSearch(q)) {
            onPrivateQuery(null)
            set('q', q)
          } else {
            onChange({ ...view.filters, q: undefined })
            onPrivateQuery(q)
          }
        }}
        onEscape={() => {
          onPrivateQuery(null)
          set('q', undefined)
          onLeaveSearch()
        }}
      />
      {enumSelect('type', REQUEST_TYPES, (v) => t(`common:requestType.${v}`))}
      {enumSelect('status', REQUEST_STATUSES, (v) => t(`common:status.${v}`), true)}
      {select('assignee', t('filter.assignee'), [
        { value: 'me', label: t('filter.me') },
        { value: 'none', label: t('filter.none') },
        ...(staff.data?.items ?? [])
          .filter((s) => s.role === 'agent' || s.role === 'lead')
          .map((s) => ({ value: s.id, label: s.displayName })),
      ])}
      {enumSelect('due', DUE_FILTERS, (v) => t(`filter.dueOptions.${v}`))}
      {enumSelect('duplicate', DUPLICATE_FILTERS, (v) => t(`filter.duplicateOptions.${v}`))}
      {enumSelect('finished', FINISHED_FILTERS, (v) => t(`filter.finishedOptions.${v}`))}
      {enumSelect('requesterType', REQUESTER_TYPES, (v) => t(`common:requesterType.${v}`))}
      {enumSelect('channel', CHANNELS, (v) => t(`common:channel.${v}`))}
      <DateRangeFilter
        label={t('filter.received')}
        from={view.filters.receivedFrom}
        to={view.filters.receivedTo}
        onChange={(receivedFrom, receivedTo) =>
          onChange({ ...view.filters, receivedFrom, receivedTo })
        }
      />
    </FilterBar>
  )
}
