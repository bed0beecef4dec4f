import { Alert, Button, Card, Checkbox, Form, Input, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import {
  CORRECTABLE_FIELDS,
  correctionNeedsChecker,
  correctionRecordSchema,
  type CorrectableField,
  type CorrectionMode,
} from '../../../shared/api/rights-schemas'
import { useFeedback } from '../../../shared/ui/feedback'
import '../i18n'
import { nonEmpty } from './non-empty-rule'
import type { RequestPanelProps } from './panel-props'

type Values = { fields?: CorrectableField[]; evidence?: string } & Partial<
  Record<CorrectableField, string>
>

/** Correction (policy 6(2)): each changed field before and after, the evidence, then apply. */
export function CorrectionPanel({ request, command }: RequestPanelProps) {
  if (request.type !== 'correction') return null
  return <Correction request={request} command={command} />
}

function Correction({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const values = Form.useWatch([], form) ?? {}
  const record = correctionRecordSchema.safeParse(request.details.correction)
  const chosen = CORRECTABLE_FIELDS.filter((f) => values.fields?.includes(f))
  const label = (f: CorrectableField) => t(`correction.field.${f}`)
  const checked = correctionNeedsChecker(chosen)
  // An empty field is supplemented, one with a value corrected (policy 6(2)); the server checks it.
  const modeOf = (f: CorrectableField): CorrectionMode =>
    request.user[f].trim() === '' ? 'supplement' : 'correct'

  const rows = record.success
    ? record.data.changes.map((c) => ({ ...c, mode: c.mode ?? 'correct' }))
    : chosen.map((field) => ({
        field,
        before: request.user[field],
        after: values[field] ?? '',
        mode: modeOf(field),
      }))

  const submit = async (v: Values) => {
    const changes = chosen.map((field) => ({ field, value: v[field] ?? '', mode: modeOf(field) }))
    try {
      const result = await command.run('correction', { changes, evidence: v.evidence })
      if (result) message.success(t(checked ? 'correction.prepared' : 'correction.done'))
    } catch (error) {
      // The server's reason for each refused value goes next to the field it concerns; a
      // change that does not fit the record (409) is said in the console's own words.
      if (!isApiError(error) || (error.status !== 400 && error.status !== 409)) return
      const mismatch =
        error.status === 409
          ? t(error.code === 'FIELD_HAS_VALUE' ? 'correction.hasValue' : 'correction.isEmpty')
          : null
      form.setFields(
        Object.entries(error.fieldErrors).map(([name, reason]) => ({
          name: name as keyof Values,
          errors: [mismatch ?? reason],
        })),
      )
    }
  }

  return (
    <section aria-label={t('correction.title')}>
      <Card size="small" title={t('correction.title')}>
        <Typography.Paragraph type="secondary">{t('correction.policy')}</Typography.Paragraph>
        {record.success && request.status === 'pending_approval' && (
          <Alert
            type="info"
            showIcon
            data-testid="correction-awaiting-checker"
            title={t('correction.awaitingChecker')}
            style={{ marginBottom: 12 }}
          />
        )}
        {record.success && request.status !== 'pending_approval' && (
          <Typography.Paragraph strong data-testid="correction-record">
            {t('correction.recorded', {
              at: dayjs(record.data.at).format('YYYY-MM-DD HH:mm'),
              evidence: record.data.evidence,
            })}
          </Typography.Paragraph>
        )}
        {rows.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            data-testid="correction-diff"
            dataSource={rows}
            columns={[
              { title: t('correction.fieldCol'), dataIndex: 'field', render: label },
              {
                title: t('correction.modeCol'),
                dataIndex: 'mode',
                render: (mode: CorrectionMode) => t(`correction.mode.${mode}`),
              },
              {
                title: t('correction.before'),
                dataIndex: 'before',
                render: (before: string) => before || t('correction.empty'),
              },
              { title: t('correction.after'), dataIndex: 'after' },
            ]}
            style={{ marginBottom: 16 }}
          />
        )}
        {!record.success && request.status === 'in_review' && (
          <Form name="correction" form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="fields"
              label={t('correction.fieldsToChange')}
              rules={[nonEmpty(t('pickOne'))]}
            >
              <Checkbox.Group
                options={CORRECTABLE_FIELDS.map((f) => ({
                  value: f,
                  label:
                    modeOf(f) === 'supplement'
                      ? t('correction.fieldToSupplement', { field: label(f) })
                      : label(f),
                }))}
              />
            </Form.Item>
            {chosen.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={t(
                  modeOf(f) === 'supplement' ? 'correction.supplementValue' : 'correction.newValue',
                  { field: label(f) },
                )}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
            ))}
            <Form.Item
              name="evidence"
              label={t('correction.evidence')}
              extra={t('correction.evidenceHelp')}
              rules={[{ required: true, min: 5 }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            {checked && (
              <Alert
                type="warning"
                showIcon
                title={t('correction.checkerNeeded')}
                style={{ marginBottom: 12 }}
              />
            )}
            <Button type="primary" htmlType="submit" loading={command.isPending}>
              {t(checked ? 'correction.submitForApproval' : 'correction.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </section>
  )
}
