import { Alert, Button, Form, Modal, Select, Space, Typography } from 'antd'
import { feeEndpoints } from '../../../shared/api/endpoints/fees'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { CHANNELS, type Channel } from '../../../shared/api/enums'
import type { FeeQuote } from '../../../shared/api/schemas'
import { formatFen } from '../../../shared/lib/fees'
import { useFeedback } from '../../../shared/ui/feedback'
import type { RequestCommand } from '../../../shared/ui/request-panel-props'
import { BodyTextArea } from '../../../shared/ui/body-text-area'
import { askFor, bodyRules } from '../../../shared/ui/form-rules'

type Answer = 'accept' | 'withdraw'

/** A quote waiting for the user, and what staff record once the user has answered. */
export function FeeAnswer({
  quote,
  command,
  staffName,
  canAccept,
  canWithdraw,
}: {
  quote: FeeQuote
  command: RequestCommand
  staffName(id: string): string
  canAccept: boolean
  canWithdraw: boolean
}) {
  const { t } = useTranslation('fees')
  const { message } = useFeedback()
  const [open, setOpen] = useState<Answer | null>(null)
  const [form] = Form.useForm<{ channel?: Channel; note?: string; reason?: string }>()
  // What the staff member writes down: a note to an acceptance, the reason for a withdrawal.
  const words =
    open === 'accept'
      ? { endpoint: feeEndpoints.accept, name: 'note', label: t('acceptNote') }
      : { endpoint: feeEndpoints.withdraw, name: 'reason', label: t('withdrawReason') }

  const submit = async () => {
    const values = await form.validateFields()
    const result =
      open === 'accept'
        ? await command
            .run(feeEndpoints.accept, {
              accepted: true,
              // Required by the form's rules; the server checks it too.
              channel: values.channel as Channel,
              note: values.note || undefined,
            })
            .catch(() => null)
        : await command
            .run(feeEndpoints.withdraw, { reason: values.reason ?? '' })
            .catch(() => null)
    if (!result) return
    message.success(t(open === 'accept' ? 'acceptDone' : 'withdrawDone'))
    setOpen(null)
    form.resetFields()
  }

  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('pendingTitle', { amount: formatFen(quote.amountFen) })}
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Text>{quote.basis}</Typography.Text>
            <Typography.Text type="secondary">
              {t('quotedBy', {
                name: staffName(quote.quotedBy),
                at: dayjs(quote.quotedAt).format('YYYY-MM-DD HH:mm'),
              })}
            </Typography.Text>
            <Space wrap>
              {canAccept && (
                <Button type="primary" onClick={() => setOpen('accept')}>
                  {t('accepted')}
                </Button>
              )}
              {canWithdraw && (
                <Button danger onClick={() => setOpen('withdraw')}>
                  {t('withdrew')}
                </Button>
              )}
            </Space>
          </Space>
        }
      />
      <Modal
        open={open !== null}
        title={t(open === 'withdraw' ? 'withdrawTitle' : 'acceptTitle')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: open === 'withdraw', loading: command.isPending }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name={`fee-${open ?? 'answer'}`} preserve={false}>
          {open === 'accept' ? (
            <Form.Item
              name="channel"
              label={t('acceptChannel')}
              rules={bodyRules(feeEndpoints.accept, 'channel', {
                required: askFor(t, t('acceptChannel'), 'select'),
              })}
              initialValue="hotline"
            >
              <Select
                virtual={false}
                options={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
              />
            </Form.Item>
          ) : (
            <Alert type="error" title={t('withdrawWarning')} className="mb-12" />
          )}
          <BodyTextArea key={words.name} {...words} rows={2} />
        </Form>
      </Modal>
    </>
  )
}
