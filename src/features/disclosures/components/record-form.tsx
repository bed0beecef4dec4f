import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
} from 'antd'
import type { CheckboxGroupProps } from 'antd/es/checkbox'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_ITEMS } from '../../../shared/api/disclosure-schemas'
import { DISCLOSURE_BASES, RECIPIENT_TYPES, type DisclosureBasis } from '../../../shared/api/enums'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { useServerErrors } from '../../../shared/ui/server-errors'
import { useRecordDisclosure, type RecordOutcome } from '../api/disclosure-api'
import { askFor, bodyRules, type Ask } from '../../../shared/ui/form-rules'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { disclosureEndpoints } from '../../../shared/api/endpoints/disclosures'
import { ruleWords } from './rule-words'
import '../i18n'
import {
  basisDefaults,
  formPath,
  toRequestBody,
  valuesFromRecord,
  type RecordFormValues,
} from '../model/record-form'
import { BasisFields } from './basis-fields'
import { UserPicker } from './user-picker'

interface RecordFormProps {
  open: boolean
  /** The record being corrected, when this is a correction. */
  corrects: DisclosureRecord | null
  onClose(): void
  onDone(outcome: RecordOutcome): void
}

// A set of checkboxes is a `group`, and ARIA does not allow aria-required on a group, which
// Form.Item adds to its control; the form's own rule still requires at least one item.
function DataItemsGroup({
  'aria-required': _required,
  ...props
}: CheckboxGroupProps & { 'aria-required'?: unknown }) {
  return <Checkbox.Group role="group" {...props} />
}

const RECIPIENTS_FOR: Partial<Record<DisclosureBasis, readonly string[]>> = {
  legal_process: ['authority', 'court'],
  privacy_dialing: ['service_provider'],
}

export function RecordForm({ open, corrects, onClose, onDone }: RecordFormProps) {
  const { t } = useTranslation('disclosures')
  const { message } = useFeedback()
  const [form] = Form.useForm<RecordFormValues>()
  const record = useRecordDisclosure()
  const onError = useServerErrors(form, { t, path: formPath })
  const basis = Form.useWatch('basis', form) ?? 'consent'
  // A field's path in the body both names it and picks its rules from the contract.
  const field = (path: string, label: string, ask?: Ask, options?: { require: boolean }) => ({
    name: path.split('.'),
    label,
    rules: bodyRules(disclosureEndpoints.record, path, { ...ruleWords(t, label, ask), ...options }),
  })
  const count = (path: string) => bodyCount(disclosureEndpoints.record, path)
  const initial: Partial<RecordFormValues> = corrects
    ? valuesFromRecord(corrects)
    : {
        basis: 'consent',
        userIds: [],
        dataItems: [],
        userNotified: true,
        disclosedAt: dayjs(),
        recipient: { name: '', type: 'company', contact: '' },
      }

  const submit = async (values: RecordFormValues) => {
    const outcome = await record
      .mutateAsync(toRequestBody(values, corrects?.seq ?? null))
      .catch(onError)
    if (!outcome) return
    message.success(
      outcome.kind === 'recorded'
        ? t('form.recorded', { seq: outcome.record.seq })
        : t('form.submitted', { id: outcome.application.id }),
    )
    form.resetFields()
    onDone(outcome)
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={corrects ? t('form.correctTitle', { seq: corrects.seq }) : t('form.title')}
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common:common.cancel')}</Button>
          <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
            {basis === 'third_party_application' ? t('form.submitApplication') : t('form.submit')}
          </Button>
        </Space>
      }
    >
      <Form<RecordFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<RecordFormValues>) => {
          if (changed.basis)
            for (const [name, value] of basisDefaults(changed.basis))
              form.setFieldValue(name as never, value)
        }}
      >
        {corrects && (
          <Alert
            type="info"
            showIcon
            title={t('form.correctionNotice', { seq: corrects.seq })}
            className="mb-16"
          />
        )}
        <ErrorAlert error={record.error} />
        <Form.Item
          name="basis"
          label={t('form.basis')}
          rules={[{ required: true, message: askFor(t, t('form.basis'), 'select') }]}
        >
          <Radio.Group
            options={DISCLOSURE_BASES.map((b) => ({ value: b, label: t(`basisShort.${b}`) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item {...field('userIds', t('form.users'), 'select')}>
          <UserPicker />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item {...field('recipient.name', t('form.recipientName'))} style={{ flex: 2 }}>
            <Input {...count('recipient.name')} />
          </Form.Item>
          <Form.Item
            {...field('recipient.type', t('form.recipientType'), 'select')}
            style={{ flex: 1 }}
          >
            <Select
              options={RECIPIENT_TYPES.filter(
                (r) => !RECIPIENTS_FOR[basis] || RECIPIENTS_FOR[basis]!.includes(r),
              ).map((r) => ({
                value: r,
                label: t(`common:recipientType.${r}`),
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item
          {...field('recipient.contact', t('form.recipientContact'))}
          extra={t('form.maskedNotice')}
        >
          <Input {...count('recipient.contact')} />
        </Form.Item>
        <Form.Item {...field('dataItems', t('form.dataItems'), 'select')}>
          <DataItemsGroup
            aria-label={t('form.dataItems')}
            disabled={basis === 'privacy_dialing'}
            options={DATA_ITEMS.map((item) => ({
              value: item,
              label: t(`common:disclosedItem.${item}`),
            }))}
          />
        </Form.Item>
        <Form.Item {...field('purpose', t('form.purpose'))}>
          <Input {...count('purpose')} />
        </Form.Item>
        {basis !== 'third_party_application' && (
          <Form.Item
            name="disclosedAt"
            label={t('form.disclosedAt')}
            rules={[
              { required: true, message: askFor(t, t('form.disclosedAt'), 'select') },
              {
                validator: async (_, v: dayjs.Dayjs | undefined) => {
                  if (v && v.isAfter(dayjs().add(1, 'minute'))) throw new Error(t('form.future'))
                },
              },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        )}
        <BasisFields basis={basis} />
        {corrects && (
          <Form.Item
            {...field('correctionReason', t('form.correctionReason'), 'enter', { require: true })}
          >
            <Input.TextArea rows={2} {...count('correctionReason')} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  )
}
