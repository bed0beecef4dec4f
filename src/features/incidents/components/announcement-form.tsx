import { Button, Checkbox, Form, Input, Space } from 'antd'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import type { CheckboxGroupProps } from 'antd/es/checkbox'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  ANNOUNCEMENT_VENUES,
  type Announcement,
  type IncidentDetail,
} from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { fieldRules } from './rule-words'
import { bodyCount } from '../../../shared/ui/body-text-area'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { IncidentCard } from './incident-card'
import { useServerErrors } from '../../../shared/ui/server-errors'
import { draftFromRecord } from '../model/notice-draft'
import { EnglishMarkersHint, NoticeTextField, templateRule } from './template-check'
import { useIncidentCommand } from './use-incident-command'
import { DateTimeField, minuteIso } from './date-time-field'

interface AnnouncementValues {
  textZh: string
  textEn?: string
  publishAt: Dayjs
  venues: Announcement['venues']
  impracticalAt: Dayjs
  impracticalReason: string
}

// ARIA does not allow aria-required on a group, which Form.Item adds to its control; the rule
// still requires at least one venue.
function VenuesGroup({
  'aria-required': _required,
  ...props
}: CheckboxGroupProps & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} />
}

/** Publishing or amending the announcement; the server checks the six elements again. */
export function AnnouncementForm({
  incident,
  onDone,
}: {
  incident: IncidentDetail
  onDone(): void
}) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [form] = Form.useForm<AnnouncementValues>()
  const command = useIncidentCommand(incident)
  const onError = useServerErrors(form, { t })
  const rules = fieldRules(incidentEndpoints.announce, t)
  const current = incident.announcement
  // One moment for both defaults: read twice, the judgement could come a millisecond after the
  // publication it precedes.
  const now = dayjs()

  const submit = async (v: AnnouncementValues) => {
    const updated = await command
      .run(incidentEndpoints.announce, {
        textZh: v.textZh,
        ...(v.textEn?.trim() ? { textEn: v.textEn } : {}),
        publishAt: minuteIso(v.publishAt),
        venues: v.venues,
        impracticalAt: minuteIso(v.impracticalAt),
        impracticalReason: v.impracticalReason.trim(),
      })
      .catch(onError)
    if (updated) {
      message.success(t('announcement.published'))
      onDone()
    }
  }

  return (
    <>
      <IncidentCard
        title={current ? t('announcement.amend') : t('announcement.publish')}
        hint={t('announcement.impracticalHint')}
      >
        <Form<AnnouncementValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={
            current
              ? {
                  ...current,
                  textEn: current.textEn ?? undefined,
                  publishAt: dayjs(current.publishAt),
                  impracticalAt: dayjs(current.impracticalAt),
                }
              : { publishAt: now, impracticalAt: now, venues: ['app_notice'], textZh: '' }
          }
        >
          <Button
            className="mb-8"
            onClick={() => form.setFieldsValue({ textZh: draftFromRecord(incident, '') })}
          >
            {t('campaign.fromRecord')}
          </Button>
          <NoticeTextField
            name="textZh"
            label={t('announcement.textZh')}
            language="zh-CN"
            endpoint={incidentEndpoints.announce}
          />
          <Form.Item
            name="textEn"
            label={t('announcement.textEn')}
            rules={[
              ...rules('textEn', t('announcement.textEn')),
              {
                validator: async (r, v?: string) => {
                  if (v?.trim()) await templateRule('en-US', t).validator(r, v)
                },
              },
            ]}
            extra={<EnglishMarkersHint />}
          >
            <Input.TextArea rows={4} {...bodyCount(incidentEndpoints.announce, 'textEn')} />
          </Form.Item>
          <Form.Item
            name="venues"
            label={t('announcement.venues')}
            rules={rules('venues', t('announcement.venues'), 'select')}
          >
            <VenuesGroup
              options={ANNOUNCEMENT_VENUES.map((v) => ({
                value: v,
                label: t(`incidentRecord:venue.${v}`),
              }))}
            />
          </Form.Item>
          <Space wrap size="large" align="start">
            <DateTimeField name="impracticalAt" label={t('announcement.impracticalAt')} />
            <DateTimeField
              name="publishAt"
              label={t('announcement.publishAt')}
              dependencies={['impracticalAt']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, v?: Dayjs) => {
                    const judged = getFieldValue('impracticalAt') as Dayjs | undefined
                    if (v && judged && v.isBefore(judged, 'minute'))
                      throw new Error(t('announcement.beforeImpractical'))
                  },
                }),
              ]}
            />
          </Space>
          <Form.Item
            name="impracticalReason"
            label={t('announcement.impracticalReason')}
            rules={rules('impracticalReason', t('announcement.impracticalReason'))}
          >
            <Input.TextArea
              rows={2}
              {...bodyCount(incidentEndpoints.announce, 'impracticalReason')}
            />
          </Form.Item>
          <ErrorAlert error={command.error} />
          <Button type="primary" htmlType="submit" loading={command.isPending}>
            {t('announcement.publish')}
          </Button>
        </Form>
      </IncidentCard>
      {command.dialog}
    </>
  )
}
