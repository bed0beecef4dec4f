import { useQuery } from '@tanstack/react-query'
import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
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
  const [action, setAction] = useState(filters.action ?? '')
  const [target, setTarget] = useState(filters.target ?? '')
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...filters, [key]: value?.trim() || undefined })
  const actors = [
    ...(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName} (${s.id})` })),
    { value: 'system', label: t('system') },
    { value: 'anonymous', label: t('anonymous') },
  ]

  return (
    <Space wrap className="mb-12" role="search" aria-label={t('filter.label')}>
      <Select
        aria-label={t('filter.actor')}
        placeholder={t('filter.actor')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 200 }}
        value={filters.actorId}
        onChange={(value: string | undefined) => set('actorId', value)}
        options={actors}
      />
      <Input.Search
        aria-label={t('filter.action')}
        placeholder={t('filter.action')}
        allowClear
        style={{ width: 260 }}
        value={action}
        onChange={(e) => setAction(e.target.value)}
        onSearch={(raw) => set('action', raw)}
      />
      <Input.Search
        aria-label={t('filter.target')}
        placeholder={t('filter.target')}
        allowClear
        style={{ width: 200 }}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        onSearch={(raw) => set('target', raw)}
      />
      <Select
        aria-label={t('filter.outcome')}
        placeholder={t('filter.outcome')}
        allowClear
        style={{ minWidth: 130 }}
        value={filters.outcome}
        onChange={(value: string | undefined) => set('outcome', value)}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
      />
      <DateRangeFilter
        label={t('filter.date')}
        from={filters.from}
        to={filters.to}
        onChange={(from, to) => onChange({ ...filters, from, to })}
      />
      <Button
        onClick={() => {
          setAction('')
          setTarget('')
          onChange({})
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
