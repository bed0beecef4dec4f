import { Button, Form, Input, Space, type FormRule } from 'antd'

interface TemplatedMessageProps {
  label: string
  rules: FormRule[]
  rows: number
  maxLength: number
  submitLabel: string
  submitting: boolean
  resetLabel: string
  /** The drafted message for the form's current choices; the reset button puts it back. */
  template: () => string
}

/**
 * The end of a decision form: the message to the user, drafted from the choices above and
 * editable, then the submit button and one to go back to the draft after editing.
 */
export function TemplatedMessage({
  label,
  rules,
  rows,
  maxLength,
  submitLabel,
  submitting,
  resetLabel,
  template,
}: TemplatedMessageProps) {
  const form = Form.useFormInstance()
  return (
    <>
      <Form.Item name="message" label={label} rules={rules}>
        <Input.TextArea rows={rows} maxLength={maxLength} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={() => form.setFieldValue('message', template())}>{resetLabel}</Button>
      </Space>
    </>
  )
}
