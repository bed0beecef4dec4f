import { Button, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../../../shared/api/incident-schemas'
import '../i18n'
import type { IncidentListView } from '../model/list-params'

interface IncidentFiltersProps {
  filters: IncidentListView['filters']
  onChange(filters: IncidentListView['filters']): void
}

export function IncidentFilters({ filters, onChange }: IncidentFiltersProps) {
  const { t } = useTranslation('incidents')
  const [q, setQ] = useState(filters.q ?? '')
  const set = (key: keyof IncidentListView['filters'], value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined })
  return (
    <Space role="search" aria-label={t('filter.label')} wrap className="mb-12">
      <Input.Search
        aria-label={t('filter.q')}
        placeholder={t('filter.q')}
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set('q', value.trim())}
        style={{ width: 240 }}
      />
      <Select
        aria-label={t('filter.severity')}
        placeholder={t('filter.severity')}
        allowClear
        value={filters.severity}
        onChange={(v: string | undefined) => set('severity', v)}
        options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        style={{ width: 140 }}
      />
      <Select
        aria-label={t('filter.status')}
        placeholder={t('filter.status')}
        allowClear
        value={filters.status}
        onChange={(v: string | undefined) => set('status', v)}
        options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ width: 140 }}
      />
      <Button
        onClick={() => {
          setQ('')
          onChange({})
        }}
      >
        {t('filter.reset')}
      </Button>
    </Space>
  )
}
