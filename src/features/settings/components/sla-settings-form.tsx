import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Form, InputNumber } from 'antd'
import { useEffect, useState } from 'react'
import { type TKey, useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { SETTINGS_BOUNDS, type SettingsInput } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import { useFeedback } from '../../../shared/ui/feedback'
import { settingsQueries, usePreviewSettings, useSaveSettings } from '../api/settings-api'
import '../i18n'

// The editable settings are the ones with a range; the version is not typed in but sent as If-Match.
const FIELDS = Object.keys(SETTINGS_BOUNDS) as (keyof SettingsInput)[]

// Where the contract or the law sets the range, the rule stands under the field before anything
// is typed, so a refused value explains itself.
const RULES: Partial<Record<keyof SettingsInput, TKey<'settings'>>> = {
  cancellationTargetDays: 'settings.sla.rule.cancellationTargetDays',
  cancellationDeadlineDays: 'settings.sla.rule.cancellationDeadlineDays',
  otherDeadlineDays: 'settings.sla.rule.otherDeadlineDays',
  freeRequestsPerYear: 'settings.sla.freeAtLeastOne',
  regulatorReportHoursLow: 'settings.sla.rule.regulatorReportHoursLow',
  regulatorReportHoursMedium: 'settings.sla.rule.regulatorReportHoursMajor',
  regulatorReportHoursHigh: 'settings.sla.rule.regulatorReportHoursMajor',
  regulatorReportHoursCritical: 'settings.sla.rule.regulatorReportHoursMajor',
}

export function SlaSettingsForm() {
  const { t } = useTranslation('settings')
  const { message, modal } = useFeedback()
  const settings = useQuery(settingsQueries.detail())
  const preview = usePreviewSettings()
  const save = useSaveSettings()
  const [form] = Form.useForm<SettingsInput>()
  const [recomputed, setRecomputed] = useState<number | null>(null)
  const failed = save.error ?? preview.error
  // A value the server refuses is shown at its field.
  const refused = (error: unknown) => {
    if (!isApiError(error, 400)) return
    const rest = applyServerErrors(form, error, { t })
    if (rest) message.error(rest)
  }

  // New settings from the server (a reset of the demo data, another admin) replace the form's;
  // an unchanged refetch keeps the same object and so keeps what the person is typing.
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  return (
    <Card title={<h2 className="card-title">{t('settings.sla.title')}</h2>}>
      <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      {settings.isPending && !settings.error && <PageLoading />}
      {recomputed !== null && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="mb-12"
          title={t('settings.sla.saved', { count: recomputed })}
        />
      )}
      {failed && !isApiError(failed, 400) ? <ErrorAlert error={failed} /> : null}
      {settings.data && (
        <Form<SettingsInput>
          form={form}
          layout="vertical"
          initialValues={settings.data}
          onValuesChange={() => setRecomputed(null)}
          onFinish={async (values) => {
            const change = { values, version: settings.data.version }
            save.reset()
            // The server says first how many open requests would get new dates; nothing is
            // saved until the admin has read that and confirmed. The question opens once the
            // preview has settled, so the save button is no longer busy behind it.
            let count: number
            try {
              count = (await preview.mutateAsync(change)).recomputed
            } catch (error) {
              refused(error)
              return
            }
            modal.confirm({
              title: t('settings.sla.confirm.title'),
              content: (
                <p data-testid="settings-consequence">
                  {count
                    ? t('settings.sla.confirm.body', { count })
                    : t('settings.sla.confirm.bodyNone')}
                </p>
              ),
              okText: t('settings.sla.confirm.ok'),
              cancelText: t('common:common.cancel'),
              onOk: () =>
                save.mutate(change, {
                  onSuccess: (result) => setRecomputed(result.recomputed),
                  onError: refused,
                }),
            })
          }}
        >
          <p>{t('settings.sla.hint')}</p>
          {FIELDS.map((field) => {
            const { min, max } = SETTINGS_BOUNDS[field]
            const isTarget = field === 'cancellationTargetDays'
            return (
              <Form.Item
                key={field}
                name={field}
                label={t(`settings.sla.${field}`)}
                extra={RULES[field] ? t(RULES[field]) : undefined}
                dependencies={isTarget ? ['cancellationDeadlineDays'] : undefined}
                rules={[
                  {
                    validator: (_, value: unknown) =>
                      typeof value === 'number' &&
                      Number.isInteger(value) &&
                      value >= min &&
                      value <= max
                        ? Promise.resolve()
                        : Promise.reject(
                            new Error(
                              // An allowance of 0 would charge for the very first request.
                              field === 'freeRequestsPerYear' && value === 0
                                ? t('settings.sla.freeAtLeastOne')
                                : t('settings.sla.range', { min, max }),
                            ),
                          ),
                  },
                  ...(isTarget
                    ? [
                        {
                          validator: (_: unknown, value: unknown) => {
                            const deadline = form.getFieldValue(
                              'cancellationDeadlineDays',
                            ) as unknown
                            return typeof value === 'number' &&
                              typeof deadline === 'number' &&
                              value > deadline
                              ? Promise.reject(
                                  new Error(t('settings.sla.targetAfterDeadline', { deadline })),
                                )
                              : Promise.resolve()
                          },
                        },
                      ]
                    : []),
                ]}
              >
                <InputNumber<number> precision={0} style={{ width: 160 }} />
              </Form.Item>
            )
          })}
          <Button type="primary" htmlType="submit" loading={preview.isPending || save.isPending}>
            {t('common:common.save')}
          </Button>
        </Form>
      )}
    </Card>
  )
}
