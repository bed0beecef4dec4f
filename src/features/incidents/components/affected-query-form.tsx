import { useQuery } from '@tanstack/react-query'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import { Button, DatePicker, Form, Select, Space, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ACCOUNT_STATUSES, DATA_CATEGORIES } from '../../../shared/api/enums'
import { type AffectedCriteria } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import { IncidentCard } from './incident-card'
import type { IncidentPanelProps } from './incident-panel-props'
import { useIncidentCommand } from './use-incident-command'

interface QueryValues {
  region?: string
  role?: 'worker' | 'publisher'
  dataCategory?: AffectedCriteria['dataCategory']
  accountStatus?: AffectedCriteria['accountStatus']
  registered?: [Dayjs, Dayjs] | null
}

interface Option {
  value: string
  label: string
}

function criteriaOf(values: QueryValues): AffectedCriteria {
  const criteria: AffectedCriteria = {}
  if (values.region) criteria.region = values.region
  if (values.role) criteria.role = values.role
  if (values.dataCategory) criteria.dataCategory = values.dataCategory
  if (values.accountStatus) criteria.accountStatus = values.accountStatus
  if (values.registered?.[0]) criteria.registeredFrom = values.registered[0].format('YYYY-MM-DD')
  if (values.registered?.[1]) criteria.registeredTo = values.registered[1].format('YYYY-MM-DD')
  return criteria
}

export function AffectedQueryForm({ incident, readOnly }: IncidentPanelProps) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [form] = Form.useForm<QueryValues>()
  const values = Form.useWatch([], form) as QueryValues | undefined
  const criteria = criteriaOf(values ?? {})
  const empty = Object.keys(criteria).length === 0
  const regions = useQuery(incidentQueries.regions())
  const preview = useQuery({ ...incidentQueries.preview(incident.id, criteria), enabled: !empty })
  const command = useIncidentCommand(incident)
  const addable = preview.data ? preview.data.matched - preview.data.alreadyAffected : 0

  const add = async () => {
    try {
      const result = await command.run(incidentEndpoints.addAffectedByQuery, { ...criteria })
      if (result) message.success(t('users.added', { count: result.added }))
    } catch {
      // Shown below the form.
    }
  }

  const selects: { name: keyof QueryValues; label: string; options: Option[] }[] = [
    {
      name: 'region',
      label: t('users.region'),
      options: (regions.data?.regions ?? []).map((r) => ({ value: r, label: r })),
    },
    {
      name: 'role',
      label: t('users.role'),
      options: (['worker', 'publisher'] as const).map((r) => ({
        value: r,
        label: t(`users.roles.${r}`),
      })),
    },
    {
      name: 'dataCategory',
      label: t('users.dataCategory'),
      options: DATA_CATEGORIES.map((c) => ({ value: c, label: t(`common:dataCategory.${c}`) })),
    },
    {
      name: 'accountStatus',
      label: t('users.accountStatus'),
      options: ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`common:accountStatus.${s}`) })),
    },
  ]

  return (
    <IncidentCard
      title={t('users.queryTitle')}
      hint={t('users.queryHint')}
      style={{ marginBottom: 16 }}
    >
      <Form form={form} layout="vertical" disabled={readOnly}>
        <Space wrap align="start" size="middle">
          {selects.map(({ name, label, options }) => (
            <Form.Item
              key={name}
              name={name}
              label={label}
              style={{ minWidth: 180, marginBottom: 8 }}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={options}
                aria-label={label}
              />
            </Form.Item>
          ))}
          <Form.Item name="registered" label={t('users.registered')} style={{ marginBottom: 8 }}>
            <DatePicker.RangePicker aria-label={t('users.registered')} />
          </Form.Item>
        </Space>
      </Form>
      <ErrorAlert error={preview.error} />
      <div
        role="status"
        aria-live="polite"
        data-testid="affected-preview"
        style={{ margin: '8px 0' }}
      >
        {empty || !preview.data
          ? t('users.previewEmpty')
          : t('users.preview', {
              matched: preview.data.matched,
              already: preview.data.alreadyAffected,
            })}
      </div>
      {!empty && preview.data && preview.data.sample.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('users.sample')}:{' '}
          {preview.data.sample.map((u) => `${u.userId} ${u.name} ${u.phone}`).join('；')}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={command.error} />
      <Button
        type="primary"
        disabled={readOnly || empty || addable <= 0}
        loading={command.isPending}
        onClick={() => void add()}
      >
        {t('users.add')}
      </Button>
      {command.dialog}
    </IncidentCard>
  )
}
