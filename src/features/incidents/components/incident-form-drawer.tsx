import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_CATEGORIES } from '../../../shared/api/enums'
import { INCIDENT_SEVERITIES, type IncidentDetail } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { useServerErrors } from '../../../shared/ui/server-errors'
import { fieldRules } from './rule-words'
import { askFor } from '../../../shared/ui/form-rules'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { useCreateIncident } from '../api/incident-api'
import '../i18n'
import '../../../shared/i18n/incident-record'
import {
  changedFields,
  formField,
  TEXT_FIELDS,
  toInput,
  valuesFromIncident,
  type IncidentFormValues,
} from '../model/incident-form'
import type { IncidentCommand } from './use-incident-command'
import { DateTimeField } from './date-time-field'

interface IncidentFormDrawerProps {
  open: boolean
  /** The incident being edited; null records a new one. */
  incident: IncidentDetail | null
  command?: IncidentCommand
  onClose(): void
  onDone(incident: IncidentDetail): void
}

export function IncidentFormDrawer({
  open,
  incident,
  command,
  onClose,
  onDone,
}: IncidentFormDrawerProps) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [form] = Form.useForm<IncidentFormValues>()
  const create = useCreateIncident()
  const busy = create.isPending || (command?.isPending ?? false)
  const error = incident ? command?.error : create.error
  const onError = useServerErrors(form, { t, path: formField })
  const rules = fieldRules(incidentEndpoints.create, t)
  const notFuture = {
    validator: async (_: unknown, v: Dayjs | undefined) => {
      if (v && v.isAfter(dayjs().add(1, 'minute'))) throw new Error(t('form.future'))
    },
  }

  const submit = async (values: IncidentFormValues) => {
    const input = toInput(values)
    if (!incident) {
      const created = await create.mutateAsync(input).catch(onError)
      if (created) {
        message.success(t('form.created', { id: created.id }))
        onDone(created)
      }
      return
    }
    const changes = changedFields(incident, input)
    if (Object.keys(changes).length === 0) {
      message.info(t('form.noChange'))
      return
    }
    const updated = await command?.run(incidentEndpoints.update, changes).catch(onError)
    if (updated) {
      message.success(t('form.saved'))
      onDone(updated)
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={incident ? t('form.editTitle') : t('form.createTitle')}
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common:common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {incident ? t('form.save') : t('form.create')}
          </Button>
        </Space>
      }
    >
      <Form<IncidentFormValues>
        form={form}
        layout="vertical"
        initialValues={
          incident
            ? valuesFromIncident(incident)
            : { severity: 'medium', dataCategories: [], discoveredAt: dayjs() }
        }
        onFinish={(values) => void submit(values)}
      >
        <ErrorAlert error={error} />
        <Form.Item
          name="title"
          label={t('incidentRecord:field.title')}
          rules={rules('title', t('incidentRecord:field.title'))}
        >
          <Input {...bodyCount(incidentEndpoints.create, 'title')} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item
            name="severity"
            label={t('incidentRecord:field.severity')}
            rules={rules('severity', t('incidentRecord:field.severity'), 'select')}
          >
            <Select
              style={{ width: 160 }}
              options={INCIDENT_SEVERITIES.map((s) => ({
                value: s,
                label: t(`incidentRecord:severity.${s}`),
              }))}
            />
          </Form.Item>
          <DateTimeField
            name="discoveredAt"
            label={t('incidentRecord:field.discoveredAt')}
            rules={[notFuture]}
          />
        </Space>
        <Form.Item
          name="occurred"
          label={t('incidentRecord:field.occurred')}
          rules={[
            { required: true, message: askFor(t, t('incidentRecord:field.occurred'), 'select') },
            {
              validator: async (_, v: [Dayjs, Dayjs] | undefined) => {
                if (v?.[0]?.isAfter(dayjs().add(1, 'minute'))) throw new Error(t('form.future'))
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={[
              t('incidentRecord:field.occurredFrom'),
              t('incidentRecord:field.occurredTo'),
            ]}
            aria-label={t('incidentRecord:field.occurred')}
          />
        </Form.Item>
        <Form.Item
          name="dataCategories"
          label={t('incidentRecord:field.dataCategories')}
          rules={rules('dataCategories', t('incidentRecord:field.dataCategories'), 'select')}
        >
          <Select
            mode="multiple"
            options={DATA_CATEGORIES.map((c) => ({
              value: c,
              label: t(`common:dataCategory.${c}`),
            }))}
          />
        </Form.Item>
        {TEXT_FIELDS.map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={t(`incidentRecord:field.${field}`)}
            rules={rules(field, t(`incidentRecord:field.${field}`))}
          >
            <Input.TextArea
              rows={field === 'description' ? 3 : 2}
              {...bodyCount(incidentEndpoints.create, field)}
            />
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  )
}
