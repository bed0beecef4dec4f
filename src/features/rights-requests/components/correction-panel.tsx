import { Alert, Button, Card, Checkbox, Form, Input, Space, Table, Typography } from 'antd'
import { rightsEndpoints } from '../../../shared/api/endpoints/rights'
import { useState } from 'react'
import dayjs from 'dayjs'
import { type TKey, useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import {
  CORRECTABLE_FIELDS,
  correctionNeedsChecker,
  type CorrectableField,
  type CorrectionMode,
} from '../../../shared/api/rights-schemas'
import { detailsOf } from '../../../shared/api/request-details'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import {
  FileFingerprintInput,
  type FileFingerprint,
} from '../../../shared/ui/file-fingerprint-input'
import { useFeedback } from '../../../shared/ui/feedback'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { bodyCount, BodyTextArea } from '../../../shared/ui/body-text-area'
import { bodyRules } from '../../../shared/ui/form-rules'
import { sendCorrectionCode } from '../api/rights-queries'
import '../i18n'
import { nonEmpty } from './non-empty-rule'

type Values = {
  fields?: CorrectableField[]
  evidence?: string
  phoneCode?: string
  idCardFront?: FileFingerprint
  idCardBack?: FileFingerprint
} & Partial<Record<CorrectableField, string>>

// What the console says beside a field for the server's codes about it.
const CODE_WORDS: Record<string, TKey<'rights'> | undefined> = {
  FIELD_HAS_VALUE: 'correction.hasValue',
  FIELD_EMPTY: 'correction.isEmpty',
  REVERIFICATION_NEEDED: 'correction.reverifyNeeded',
  WRONG_CODE: 'correction.wrongCode',
}

/** Correction (policy 6(2)): each changed field before and after, the evidence, then apply. */
export const CorrectionPanel = panelFor('correction', Correction)

function Correction({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('rights')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const values = Form.useWatch([], form) ?? {}
  const record = detailsOf(request, 'correction')?.correction ?? null
  const chosen = CORRECTABLE_FIELDS.filter((f) => values.fields?.includes(f))
  const label = (f: CorrectableField) => t(`correction.field.${f}`)
  const checked = correctionNeedsChecker(chosen)
  // An empty field is supplemented, one with a value corrected (policy 6(2)); the server checks it.
  const modeOf = (f: CorrectableField): CorrectionMode =>
    (request.user[f] ?? '').trim() === '' ? 'supplement' : 'correct'

  const rows = record
    ? record.changes.map((c) => ({ ...c, mode: c.mode ?? 'correct' }))
    : chosen.map((field) => ({
        field,
        before: request.user[field],
        after: values[field] ?? '',
        mode: modeOf(field),
      }))

  const [codeSent, setCodeSent] = useState<{ sentTo: string; expiresAt: string } | null>(null)
  const [codeError, setCodeError] = useState<unknown>(null)
  const sendCode = async () => {
    setCodeError(null)
    try {
      await form.validateFields(['phone'])
      setCodeSent(await sendCorrectionCode(request.id, (values.phone ?? '').trim()))
    } catch (error) {
      if (isApiError(error)) setCodeError(error)
    }
  }

  const submit = async (v: Values) => {
    const changes = chosen.map((field) => ({ field, value: v[field] ?? '', mode: modeOf(field) }))
    try {
      const phoneCode = chosen.includes('phone') ? { phoneCode: v.phoneCode } : {}
      // A new ID number is re-verified against photos of both sides of the new card.
      const idCardPhotos =
        chosen.includes('idNumber') && v.idCardFront && v.idCardBack
          ? {
              idCardPhotos: [
                { side: 'front' as const, ...v.idCardFront },
                { side: 'back' as const, ...v.idCardBack },
              ],
            }
          : {}
      const result = await command.run(rightsEndpoints.correct, {
        changes,
        evidence: v.evidence ?? '',
        ...phoneCode,
        ...idCardPhotos,
      })
      if (result) message.success(t(checked ? 'correction.prepared' : 'correction.done'))
    } catch (error) {
      // The server's reason for each refused value goes next to the field it concerns; a
      // change that does not fit the record (409) is said in the console's own words.
      if (!isApiError(error) || (error.status !== 400 && error.status !== 409)) return
      const words = CODE_WORDS[error.code]
      const rest = applyServerErrors(form, error, {
        t,
        text: (_, reason) => (words ? t(words) : reason),
      })
      if (rest) message.error(rest)
    }
  }

  return (
    <section aria-label={t('correction.title')}>
      <Card size="small" title={t('correction.title')}>
        <Typography.Paragraph type="secondary">{t('correction.policy')}</Typography.Paragraph>
        {record && request.status === 'pending_approval' && (
          <Alert
            type="info"
            showIcon
            data-testid="correction-awaiting-checker"
            title={t('correction.awaitingChecker')}
            className="mb-12"
          />
        )}
        {record && request.status !== 'pending_approval' && (
          <Typography.Paragraph strong data-testid="correction-record">
            {t('correction.recorded', {
              at: dayjs(record.at).format('YYYY-MM-DD HH:mm'),
              evidence: record.evidence,
            })}
            {record.phoneVerifiedAt &&
              ` ${t('correction.phoneVerified', { at: dayjs(record.phoneVerifiedAt).format('YYYY-MM-DD HH:mm') })}`}
            {record.idCardPhotos?.length
              ? ` ${t('correction.idVerified', {
                  photos: record.idCardPhotos
                    .map((p) =>
                      t(`correction.idCardSide.${p.side}`, {
                        name: p.name,
                        sha: p.sha256.slice(0, 12),
                      }),
                    )
                    .join(t('common:common.listSeparator')),
                })}`
              : null}
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
            className="mb-16"
          />
        )}
        {!record && request.status === 'in_review' && (
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
                rules={bodyRules(rightsEndpoints.correct, 'changes.value')}
              >
                <Input
                  {...bodyCount(rightsEndpoints.correct, 'changes.value')}
                  autoComplete="off"
                />
              </Form.Item>
            ))}
            {chosen.includes('phone') && (
              <div data-testid="phone-reverification">
                <Typography.Paragraph type="secondary">
                  {t('correction.reverifyPhone')}
                </Typography.Paragraph>
                <Space align="start" wrap>
                  <Button onClick={() => void sendCode()}>{t('correction.sendCode')}</Button>
                  {codeSent && (
                    <Typography.Text data-testid="phone-code-sent">
                      {t('correction.codeSent', {
                        to: codeSent.sentTo,
                        until: dayjs(codeSent.expiresAt).format('HH:mm'),
                      })}
                    </Typography.Text>
                  )}
                </Space>
                <ErrorAlert error={codeError} />
                <Form.Item
                  name="phoneCode"
                  label={t('correction.phoneCode')}
                  // Optional in the body, which needs it only with a new phone number.
                  rules={bodyRules(rightsEndpoints.correct, 'phoneCode', {
                    require: true,
                    required: t('correction.phoneCodeHelp'),
                    max: t('correction.phoneCodeHelp'),
                    pattern: t('correction.phoneCodeHelp'),
                  })}
                  style={{ marginTop: 8 }}
                >
                  <Input inputMode="numeric" autoComplete="one-time-code" />
                </Form.Item>
              </div>
            )}
            {chosen.includes('idNumber') && (
              <div data-testid="id-reverification">
                <Typography.Paragraph type="secondary">
                  {t('correction.reverifyId')}
                </Typography.Paragraph>
                {(['idCardFront', 'idCardBack'] as const).map((name) => (
                  <Form.Item
                    key={name}
                    name={name}
                    label={t(`correction.${name}`)}
                    rules={[{ required: true, message: t('correction.idCardRequired') }]}
                  >
                    <FileFingerprintInput />
                  </Form.Item>
                ))}
              </div>
            )}
            <BodyTextArea
              endpoint={rightsEndpoints.correct}
              name="evidence"
              label={t('correction.evidence')}
              extra={t('correction.evidenceHelp')}
              rows={2}
            />
            {checked && (
              <Alert
                type="warning"
                showIcon
                title={t('correction.checkerNeeded')}
                className="mb-12"
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
