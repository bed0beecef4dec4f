import { Button, Form, Input, InputNumber } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { feeEndpoints } from '../../../shared/api/endpoints/fees'
import { useTranslation } from '../../../shared/i18n/i18n'
import { MAX_FEE_FEN, yuanToFen } from '../../../shared/lib/fees'
import { useFeedback } from '../../../shared/ui/feedback'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import type { RequestCommand } from '../../../shared/ui/request-panel-props'
import { bodyRules } from '../../../shared/ui/form-rules'

interface Values {
  amount: number
  basis: string
}

/** The agent's quote: an amount in yuan (two decimals at most) and what it pays for. */
export function FeeQuoteForm({ command }: { command: RequestCommand }) {
  const { t } = useTranslation('fees')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()

  const submit = async ({ amount, basis }: Values) => {
    const result = await command
      .run(feeEndpoints.quote, {
        // An amount the fen cannot hold goes as null, for the server to refuse by field.
        amountFen: yuanToFen(amount) as number,
        basis,
      })
      .catch((error: unknown) => {
        const rest = applyServerErrors(form, error, {
          t,
          path: (field) => (field === 'amountFen' ? 'amount' : field),
        })
        if (rest) message.error(rest)
        return null
      })
    if (result) {
      form.resetFields()
      message.success(t('quoted'))
    }
  }

  return (
    <Form
      name="fee-quote"
      form={form}
      layout="vertical"
      onFinish={submit}
      aria-label={t('quoteTitle')}
    >
      {/* Whole fen only: the input keeps two decimals and the server takes integer fen; the
          schema's limits, in fen, are the rule's, in yuan. The input itself has no min or max:
          it would change an amount out of range silently on blur instead of saying so. */}
      <Form.Item
        name="amount"
        label={t('amount')}
        rules={[
          {
            required: true,
            type: 'number',
            min: 0.01,
            max: MAX_FEE_FEN / 100,
            message: t('amountRange', { max: MAX_FEE_FEN / 100 }),
          },
        ]}
      >
        <InputNumber step={0.01} precision={2} prefix="¥" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="basis" label={t('basis')} rules={bodyRules(feeEndpoints.quote, 'basis')}>
        <Input.TextArea
          rows={2}
          {...bodyCount(feeEndpoints.quote, 'basis')}
          placeholder={t('basisPlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={command.isPending}>
        {t('quote')}
      </Button>
    </Form>
  )
}
