import { Button, Form, Space } from 'antd'
import type { z } from '../api/zod'
import { useTranslation } from '../i18n/i18n'
import { BodyTextArea } from './body-text-area'
import type { RuleOptions } from './form-rules'

interface TemplatedMessageProps {
  /** Where the message is sent, as the body's `message`: its rules and its length limit. */
  endpoint: { readonly body?: z.core.$ZodType }
  label: string
  rows: number
  options?: RuleOptions
  submitLabel: string
  submitting: boolean
  /** The drafted message for the form's current choices; the reset button puts it back. */
  template: () => string
}

/**
 * The end of a decision form: the message to the user, drafted from the choices above and
 * editable, then the submit button and one to go back to the draft after editing.
 */
export function TemplatedMessage({
  endpoint,
  label,
  rows,
  options,
  submitLabel,
  submitting,
  template,
}: TemplatedMessageProps) {
  const form = Form.useFormInstance()
  const { t } = useTranslation()
  return (
    <>
      <BodyTextArea
        endpoint={endpoint}
        name="message"
        label={label}
        rows={rows}
        options={options}
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={() => form.setFieldValue('message', template())}>
          {t('common.resetTemplate')}
        </Button>
      </Space>
    </>
  )
}
