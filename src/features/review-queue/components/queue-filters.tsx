import { useQuery } from '@tanstack/react-query'
import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  REQUESTER_TYPES,
} from '../../../shared/api/enums'
import { staffQueries } from '../../../shared/api/requests'
import { DateRangeFilter } from '../../../shared/ui/date-range-filter'
import {
  DUE_FILTERS,
  isShareableSearch,
  type FilterKey,
  type QueueView,
} from '../model/queue-params'

interface QueueFiltersProps {
  view: QueueView
  privateQuery: string | null
  onChange(filters: QueueView['filters']): void
  onPrivateQuery(q: string | null): void
}

export const QUEUE_SEARCH_ID = 'queue-search'

export function QueueFilters({ view, privateQuery, onChange, onPrivateQuery }: QueueFiltersProps) {
  const { t } = useTranslation('queue')
  const staff = useQuery(staffQueries.list())
  const [text, setText] = useState(privateQuery ?? view.filters.q ?? '')
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...view.filters, [key]: value || undefined })
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    multiple = false,
  ) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      mode={multiple ? 'multiple' : undefined}
      maxTagCount="responsive"
      style={{ minWidth: multiple ? 180 : 140 }}
      value={multiple ? (view.filters[key]?.split(',').filter(Boolean) ?? []) : view.filters[key]}
      onChange={(value: string | string[] | undefined) =>
        set(key, Array.isArray(value) ? value.join(',') : value)
      }
      options={options}
    />
  )

  return (
    <Space wrap className="mb-12" role="search" aria-label={t('filter.region')}>
      <Input.Search
        id={QUEUE_SEARCH_ID}
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        allowClear
        style={{ width: 300 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
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
      />
      {select(
        'type',
        t('filter.type'),
        REQUEST_TYPES.map((v) => ({ value: v, label: t(`common:requestType.${v}`) })),
      )}
      {select(
        'status',
        t('filter.status'),
        REQUEST_STATUSES.map((v) => ({ value: v, label: t(`common:status.${v}`) })),
        true,
      )}
      {select('assignee', t('filter.assignee'), [
        { value: 'me', label: t('filter.me') },
        { value: 'none', label: t('filter.none') },
        ...(staff.data?.items ?? [])
          .filter((s) => s.role === 'agent' || s.role === 'lead')
          .map((s) => ({ value: s.id, label: s.displayName })),
      ])}
      {select(
        'due',
        t('filter.due'),
        DUE_FILTERS.map((v) => ({ value: v, label: t(`filter.dueOptions.${v}`) })),
      )}
      {select(
        'requesterType',
        t('filter.requesterType'),
        REQUESTER_TYPES.map((v) => ({ value: v, label: t(`common:requesterType.${v}`) })),
      )}
      {select(
        'channel',
        t('filter.channel'),
        CHANNELS.map((v) => ({ value: v, label: t(`common:channel.${v}`) })),
      )}
      <DateRangeFilter
        label={t('filter.received')}
        from={view.filters.receivedFrom}
        to={view.filters.receivedTo}
        onChange={(receivedFrom, receivedTo) =>
          onChange({ ...view.filters, receivedFrom, receivedTo })
        }
      />
      <Button
        onClick={() => {
          setText('')
          onPrivateQuery(null)
          onChange({})
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
