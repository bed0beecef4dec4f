import { Button, Form, Select, Space, Typography } from 'antd'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  INCIDENT_CHANNELS,
  type IncidentChannel,
  type IncidentDetail,
} from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { useServerErrors } from '../../../shared/ui/server-errors'
import { fieldRules } from './rule-words'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { IncidentCard } from './incident-card'
import { draftFromRecord, skeleton, smsSegments } from '../model/notice-draft'
import { EnglishMarkersHint, markerList, NoticeTextField } from './template-check'
import { useIncidentCommand } from './use-incident-command'

interface CampaignValues {
  channel: IncidentChannel
  templateZh: string
  templateEn?: string
}

export function CampaignForm({
  incident,
  onSent,
}: {
  incident: IncidentDetail
  onSent(campaignId: string): void
}) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [form] = Form.useForm<CampaignValues>()
  const [english, setEnglish] = useState(false)
  const command = useIncidentCommand(incident)
  const onError = useServerErrors(form, { t })
  const channel = Form.useWatch('channel', form) ?? 'sms'
  const zh = Form.useWatch('templateZh', form) ?? ''
  const sms = smsSegments(zh)
  const noUsers = incident.affectedCount === 0

  const submit = async (values: CampaignValues) => {
    const body = {
      channel: values.channel,
      templateZh: values.templateZh,
      ...(english && values.templateEn ? { templateEn: values.templateEn } : {}),
    }
    const updated = await command.run(incidentEndpoints.startCampaign, body).catch(onError)
    if (updated) {
      message.success(t('campaign.sent'))
      const latest = updated.campaigns.at(-1)
      if (latest) onSent(latest.id)
    }
  }

  return (
    <IncidentCard
      title={t('campaign.title')}
      hint={t('campaign.markersHint', { markers: markerList('zh-CN') })}
      style={{ marginBottom: 16 }}
    >
      <Form<CampaignValues>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'sms', templateZh: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Space wrap align="end">
          <Form.Item
            name="channel"
            label={t('campaign.channel')}
            rules={fieldRules(incidentEndpoints.startCampaign, t)(
              'channel',
              t('campaign.channel'),
              'select',
            )}
          >
            <Select
              style={{ width: 180 }}
              options={INCIDENT_CHANNELS.map((c) => ({
                value: c,
                label: t(`incidentRecord:channel.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() =>
                form.setFieldsValue({
                  templateZh: draftFromRecord(incident, t('campaign.greeting')),
                })
              }
            >
              {t('campaign.fromRecord')}
            </Button>
          </Form.Item>
        </Space>
        <NoticeTextField
          name="templateZh"
          label={t('campaign.templateZh')}
          language="zh-CN"
          endpoint={incidentEndpoints.startCampaign}
          extra={channel === 'sms' && sms.chars > 0 ? t('campaign.smsLength', sms) : undefined}
        />
        {english ? (
          <NoticeTextField
            name="templateEn"
            label={t('campaign.templateEn')}
            language="en-US"
            endpoint={incidentEndpoints.startCampaign}
            extra={<EnglishMarkersHint />}
          />
        ) : null}
        <Button
          type="link"
          style={{ paddingInline: 0, marginBottom: 12, display: 'block' }}
          onClick={() => {
            if (!english && !form.getFieldValue('templateEn'))
              form.setFieldsValue({ templateEn: skeleton('en-US', t('campaign.greetingEn')) })
            setEnglish(!english)
          }}
        >
          {english ? t('campaign.removeEnglish') : t('campaign.addEnglish')}
        </Button>
        <ErrorAlert error={command.error} />
        {noUsers && (
          <Typography.Paragraph type="secondary">{t('campaign.noUsers')}</Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={command.isPending} disabled={noUsers}>
          {t('campaign.send', { count: incident.affectedCount })}
        </Button>
      </Form>
      {command.dialog}
    </IncidentCard>
  )
}
