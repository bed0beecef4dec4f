import { useQuery } from '@tanstack/react-query'
import { Button, Card, Form, InputNumber, Space, Switch } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { networkConditionsSchema, type NetworkConditions } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { schemaRules } from '../../../shared/ui/form-rules'
import { useFeedback } from '../../../shared/ui/feedback'
import {
  faultsActive,
  NO_FAULTS,
  settingsQueries,
  useSaveNetworkConditions,
} from '../api/settings-api'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'

/** Injected latency, failures and offline for the mock backend; reachable even while offline. */
export function NetworkConditionsCard() {
  const { t } = useTranslation('settings')
  const { message } = useFeedback()
  const current = useQuery(settingsQueries.network())
  const save = useSaveNetworkConditions()
  const [form] = Form.useForm<NetworkConditions>()
  const active = faultsActive(current.data)

  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data)
  }, [current.data, form])

  const apply = (values: NetworkConditions) =>
    save.mutate(values, { onSuccess: () => message.success(t('settings.network.saved')) })

  return (
    <Card
      id="network"
      title={<h2 className="card-title">{t('settings.network.title')}</h2>}
      extra={
        <StatusLabel tone={active ? 'blocking' : 'ok'} data-testid="network-state">
          {t(active ? 'settings.network.active' : 'settings.network.inactive')}
        </StatusLabel>
      }
    >
      <p>{t('settings.network.hint')}</p>
      <ErrorAlert error={current.error ?? save.error} />
      <Form<NetworkConditions>
        form={form}
        layout="inline"
        initialValues={NO_FAULTS}
        onFinish={apply}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="latencyMs"
          label={t('settings.network.latencyMs')}
          rules={schemaRules(networkConditionsSchema.shape.latencyMs)}
        >
          {/* No min or max on the input: it would change an out-of-range number silently on
              blur, where the schema's rule refuses it with a message. */}
          <InputNumber<number> step={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="failureRate"
          label={t('settings.network.failureRate')}
          rules={schemaRules(networkConditionsSchema.shape.failureRate)}
        >
          <InputNumber<number> step={0.05} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="offline" label={t('settings.network.offline')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('settings.network.save')}
          </Button>
          <Button onClick={() => apply(NO_FAULTS)} disabled={!active}>
            {t('settings.network.clear')}
          </Button>
        </Space>
      </Form>
    </Card>
  )
}
