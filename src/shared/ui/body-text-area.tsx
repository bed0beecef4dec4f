import { Form, Input } from 'antd'
import type { ReactNode } from 'react'
import type { z } from '../api/zod'
import { bodyMaxLength, bodyRules, type RuleOptions } from './form-rules'

interface BodyTextAreaProps {
  endpoint: { readonly body?: z.core.$ZodType }
  /** The body field the text is sent as, and the form field's name. */
  name: string
  label: ReactNode
  extra?: ReactNode
  rows: number
  options?: RuleOptions
}

/**
 * A form's free-text field, checked by the rules of the body field it is sent as and counting
 * against that field's maximum length, so neither can drift from what the server accepts.
 */
export function BodyTextArea({ endpoint, name, label, extra, rows, options }: BodyTextAreaProps) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={bodyRules(endpoint, name, options)}>
      <Input.TextArea rows={rows} maxLength={bodyMaxLength(endpoint, name)} />
    </Form.Item>
  )
}
