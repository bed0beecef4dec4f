import { Form, Input, type InputProps } from 'antd'
import type { ReactNode } from 'react'
import type { z } from '../api/zod'
import { bodyMaxLength, bodyRules, schemaMaxLength, type RuleOptions } from './form-rules'

type Endpoint = { readonly body?: z.core.$ZodType }

interface BodyFieldProps {
  endpoint: Endpoint
  /** The body field the text is sent as, and the form field's name. */
  name: string
  label: ReactNode
  extra?: ReactNode
  options?: RuleOptions
}

/**
 * An input's counter against the most characters the endpoint's body field at `name` takes.
 * Text past it stays as typed or pasted, counted in red, and the field's rule refuses it with
 * the limit: a native maxlength would cut a pasted text without a word.
 */
export function bodyCount(endpoint: Endpoint, name: string): Pick<InputProps, 'count'> {
  return countTo(bodyMaxLength(endpoint, name))
}

/** The same counter for a field checked by its own schema rather than an endpoint's body. */
export function schemaCount(schema: z.core.$ZodType): Pick<InputProps, 'count'> {
  return countTo(schemaMaxLength(schema))
}

/**
 * A counter against a limit the form sets itself, for a part of a body field (the reveal's detail
 * goes into its reason after the chosen preset); its rule must refuse the same number.
 */
export function countTo(max: number | undefined): Pick<InputProps, 'count'> {
  return max === undefined ? {} : { count: { show: true, max } }
}

/**
 * A form's free-text field, checked by the rules of the body field it is sent as and counting
 * against that field's maximum length, so neither can drift from what the server accepts.
 */
export function BodyTextArea({ rows, ...field }: BodyFieldProps & { rows: number }) {
  return (
    <BodyFormItem {...field}>
      <Input.TextArea rows={rows} {...bodyCount(field.endpoint, field.name)} />
    </BodyFormItem>
  )
}

/** A one-line text field with the same rules and counter as BodyTextArea. */
export function BodyInput({ autoComplete, ...field }: BodyFieldProps & { autoComplete?: string }) {
  return (
    <BodyFormItem {...field}>
      <Input autoComplete={autoComplete} {...bodyCount(field.endpoint, field.name)} />
    </BodyFormItem>
  )
}

function BodyFormItem({
  endpoint,
  name,
  label,
  extra,
  options,
  children,
}: BodyFieldProps & { children: ReactNode }) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={bodyRules(endpoint, name, options)}>
      {children}
    </Form.Item>
  )
}
