import { AutoComplete, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RegulatorReport } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { fieldRules } from './rule-words'
import { bodyCount } from '../../../shared/ui/body-text-area'
import '../i18n'
import { IncidentCard } from './incident-card'
import type { IncidentPanelProps } from './incident-panel-props'
import { FingerprintedFilesInput } from '../../../shared/ui/fingerprinted-files-input'
import { RegulatorDueNotice } from './regulator-due'
import { useIncidentCommand } from './use-incident-command'
import { DateTimeField, minuteIso } from './date-time-field'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { useServerErrors } from '../../../shared/ui/server-errors'

// The authorities this platform (Ningbo, Zhejiang) reports to; any other can be typed in.
const AUTHORITIES = [
  '浙江省互联网信息办公室',
  '宁波市互联网信息办公室',
  '宁波市公安局网络安全保卫支队',
]

interface ReportValues {
  authority: string
  submittedAt: Dayjs
  referenceNumber: string
  content: string
  attachments: RegulatorReport['attachments']
}

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

export function RegulatorPanel({ incident, readOnly }: IncidentPanelProps) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const staffName = useStaffName()
  const [form] = Form.useForm<ReportValues>()
  const [adding, setAdding] = useState(false)
  const command = useIncidentCommand(incident)
  const onError = useServerErrors(form, { t })
  const rules = fieldRules(incidentEndpoints.reportToRegulator, t)
  const count = (field: string) => bodyCount(incidentEndpoints.reportToRegulator, field)

  const submit = async (v: ReportValues) => {
    const updated = await command
      .run(incidentEndpoints.reportToRegulator, {
        authority: v.authority.trim(),
        submittedAt: minuteIso(v.submittedAt),
        referenceNumber: v.referenceNumber.trim(),
        content: v.content.trim(),
        attachments: v.attachments ?? [],
      })
      .catch(onError)
    if (updated) {
      message.success(t('regulator.recorded', { reference: v.referenceNumber.trim() }))
      form.resetFields()
      setAdding(false)
    }
  }

  return (
    <>
      <RegulatorDueNotice incident={incident} />
      {incident.regulatorReports.length === 0 && (
        <Typography.Paragraph type="secondary">{t('regulator.none')}</Typography.Paragraph>
      )}
      {incident.regulatorReports.map((r) => (
        <Card
          key={r.id}
          size="small"
          className="mb-12"
          title={<h2 className="block-title">{`${r.authority} · ${r.referenceNumber}`}</h2>}
          data-testid="regulator-report"
        >
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'submittedAt',
                label: t('regulator.submittedAt'),
                children: time(r.submittedAt),
              },
              {
                key: 'content',
                label: t('regulator.content'),
                children: <div className="pre-wrap">{r.content}</div>,
              },
              {
                key: 'attachments',
                label: t('regulator.attachments'),
                children: r.attachments.length
                  ? r.attachments.map((a) => (
                      <div key={a.sha256}>
                        {a.name}{' '}
                        <Typography.Text code data-raw className="text-small">
                          sha256:{a.sha256.slice(0, 16)}…
                        </Typography.Text>
                      </div>
                    ))
                  : '—',
              },
            ]}
          />
          <Typography.Text type="secondary">
            {t('regulator.recordedBy', { name: staffName(r.recordedBy), at: time(r.recordedAt) })}
          </Typography.Text>
        </Card>
      ))}
      {!readOnly && !adding && (
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('regulator.add')}
        </Button>
      )}
      {!readOnly && adding && (
        <IncidentCard title={t('regulator.add')}>
          <Form<ReportValues>
            form={form}
            layout="vertical"
            initialValues={{ submittedAt: dayjs(), attachments: [] }}
            onFinish={(v) => void submit(v)}
          >
            <Space wrap size="large" align="start">
              <Form.Item
                name="authority"
                label={t('regulator.authority')}
                rules={rules('authority', t('regulator.authority'))}
              >
                {/* The typed input rather than AutoComplete's own, which has no counter. */}
                <AutoComplete
                  style={{ width: 300 }}
                  options={AUTHORITIES.map((a) => ({ value: a }))}
                >
                  <Input {...count('authority')} />
                </AutoComplete>
              </Form.Item>
              <DateTimeField name="submittedAt" label={t('regulator.submittedAt')} />
              <Form.Item
                name="referenceNumber"
                label={t('regulator.referenceNumber')}
                rules={rules('referenceNumber', t('regulator.referenceNumber'))}
              >
                <Input {...count('referenceNumber')} style={{ width: 220 }} />
              </Form.Item>
            </Space>
            <Form.Item
              name="content"
              label={t('regulator.content')}
              rules={rules('content', t('regulator.content'))}
            >
              <Input.TextArea rows={4} {...count('content')} />
            </Form.Item>
            <Form.Item name="attachments" label={t('regulator.attachments')}>
              <FingerprintedFilesInput
                addLabel={t('regulator.addAttachment')}
                hint={t('regulator.attachmentHint')}
                removeLabel={(name) => t('regulator.removeAttachment', { name })}
              />
            </Form.Item>
            <ErrorAlert error={command.error} />
            <Space>
              <Button onClick={() => setAdding(false)}>{t('common:common.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={command.isPending}>
                {t('common:common.submit')}
              </Button>
            </Space>
          </Form>
        </IncidentCard>
      )}
      {command.dialog}
    </>
  )
}
