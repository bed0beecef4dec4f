import { DatePicker, Form } from 'antd'
import type { Rule } from 'antd/es/form'
import type { Dayjs } from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { askFor } from '../../../shared/ui/form-rules'
import '../i18n'

/** A required date and time, to the minute as incident records keep them, with any further rules. */
export function DateTimeField({
  name,
  label,
  rules = [],
  dependencies,
}: {
  name: string
  label: string
  rules?: Rule[]
  /** Fields whose change checks this one again. */
  dependencies?: string[]
}) {
  const { t } = useTranslation('incidents')
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={dependencies}
      rules={[{ required: true, message: askFor(t, label, 'select') }, ...rules]}
    >
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
    </Form.Item>
  )
}

/**
 * A field's time as the server is sent it: the minute the field shows and its rules compare. Sent
 * to the millisecond, a publication set in the minute of the judgement before it could be refused
 * as earlier by a few milliseconds.
 */
export const minuteIso = (value: Dayjs): string => value.startOf('minute').toISOString()
