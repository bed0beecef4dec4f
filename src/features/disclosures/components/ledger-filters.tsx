import { useQuery } from '@tanstack/react-query'
import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DISCLOSURE_BASES, RECIPIENT_TYPES } from '../../../shared/api/enums'
import { staffQueries } from '../../../shared/api/requests'
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
  const [userId, setUserId] = useState(filters.userId ?? '')
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined })
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    width = 180,
  ) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ minWidth: width }}
      value={filters[key]}
      onChange={(value: string | undefined) => set(key, value)}
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
    <Space wrap className="mb-12" role="search" aria-label={t('filter.label')}>
      <Input.Search
        aria-label={t('filter.userId')}
        placeholder={t('filter.userId')}
        allowClear
        style={{ width: 220 }}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
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
        RECIPIENT_TYPES.map((r) => ({ value: r, label: t(`recipientType.${r}`) })),
      )}
      {select('recordedBy', t('filter.recordedBy'), recorders, 140)}
      <DateRangeFilter
        label={t('filter.date')}
        from={filters.from}
        to={filters.to}
        onChange={(from, to) => onChange({ ...filters, from, to })}
      />
      <Button
        onClick={() => {
          setUserId('')
          onChange({})
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
