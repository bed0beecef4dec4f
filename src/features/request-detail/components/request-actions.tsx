import { useQuery } from '@tanstack/react-query'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { Button, Form, Input, Modal, Select, Space } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import type { BodyInput } from '../../../shared/api/endpoint'
import type { RequestActionEndpoint } from '../../../shared/api/requests'
import { allowedActions, type RequestAction } from '../../../shared/lib/request-state'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useFeedback } from '../../../shared/ui/feedback'
import { bodyRules } from '../../../shared/ui/form-rules'
import { ExtendDialog } from './extend-dialog'

type Command = ReturnType<typeof useRequestCommand>
type FormAction = 'assign' | 'extend' | 'send_back'

// The actions drawn here as buttons. Every type prepares its decision in its own panel (the
// cancellation checklist, the deletion plan, the consent, correction, access and copy actions)
// and refusals in the refusal panel; notes, identity checks, the data plan, fees, withdrawal,
// merging and reminders have theirs too.
const BAR_ACTIONS = ['claim', 'assign', 'extend', 'approve', 'send_back'] as const
const isBarAction = (a: RequestAction): a is (typeof BAR_ACTIONS)[number] =>
  (BAR_ACTIONS as readonly RequestAction[]).includes(a)

/** The actions the caller's role allows in this status; forms open in a dialog. */
export function RequestActions({ request, command }: { request: RequestDetail; command: Command }) {
  const { t } = useTranslation('request')
  const staff = useStaff()
  const { message, modal } = useFeedback()
  const [open, setOpen] = useState<FormAction | null>(null)
  const actions = allowedActions(request, staff).filter(isBarAction)

  const submit = async <E extends RequestActionEndpoint>(endpoint: E, body: BodyInput<E>) => {
    const result = await command.run(endpoint, body)
    if (result) {
      setOpen(null)
      message.success(t('done'))
    }
  }

  // Approving is irreversible (services stop, data goes, the requester is told): say what will
  // happen, and to whom, before it does; the success message then says what was done.
  const confirmApproval = () => {
    const consequence = approvalConsequence(request)
    const values = {
      id: request.id,
      user: request.user.name,
      ground: request.decision?.reasonCode
        ? t(`common:rejectionReason.${request.decision.reasonCode}`)
        : '',
    }
    modal.confirm({
      title: t(`approveConfirm.title.${consequence === 'reject' ? 'reject' : 'approve'}`, values),
      content: (
        <p data-testid="approve-consequence">{t(`approveConfirm.body.${consequence}`, values)}</p>
      ),
      okText: t(`approveConfirm.ok.${consequence === 'reject' ? 'reject' : 'approve'}`),
      okButtonProps: consequence === 'reject' ? { danger: true } : undefined,
      cancelText: t('common:common.cancel'),
      // Closes at once: a conflict or a failure is shown by the command's own dialog and alert,
      // which this confirmation would otherwise cover.
      onOk: () => {
        void command
          .run(requestEndpoints.approve, {})
          .catch(() => null)
          .then((result) => {
            if (result) message.success(t(`approveConfirm.done.${consequence}`, values))
          })
      },
    })
  }

  if (!actions.length) return null
  return (
    <Space wrap className="mb-16">
      {actions.map((action) =>
        action === 'claim' || action === 'approve' ? (
          <Button
            key={action}
            type={action === 'approve' ? 'primary' : 'default'}
            loading={command.isPending}
            onClick={() =>
              action === 'approve'
                ? confirmApproval()
                : void submit(requestEndpoints.claim, {}).catch(() => undefined)
            }
          >
            {t(`actions.${action}`)}
          </Button>
        ) : (
          <Button
            key={action}
            onClick={() => {
              // A refusal from an earlier attempt belongs to that attempt, not to this dialog.
              command.reset()
              setOpen(action as FormAction)
            }}
          >
            {t(`actions.${action}`)}
          </Button>
        ),
      )}
      {open === 'extend' ? (
        <ExtendDialog
          request={request}
          busy={command.isPending}
          error={command.error}
          onClose={() => setOpen(null)}
          onSubmit={(body) =>
            void submit(requestEndpoints.extend, { ...body }).catch(() => undefined)
          }
        />
      ) : (
        <ActionDialog
          open={open}
          onClose={() => setOpen(null)}
          busy={command.isPending}
          onSubmit={(body) =>
            ('assigneeId' in body
              ? submit(requestEndpoints.assign, body)
              : submit(requestEndpoints.sendBack, body)
            ).catch(() => undefined)
          }
          request={request}
        />
      )}
    </Space>
  )
}

type Consequence = 'reject' | 'cancellation' | 'deletion' | 'correction' | 'other'

/** What approving the prepared decision will do, by its outcome and the request's type. */
function approvalConsequence(request: RequestDetail): Consequence {
  if (request.decision?.outcome === 'reject') return 'reject'
  if (
    request.type === 'cancellation' ||
    request.type === 'deletion' ||
    request.type === 'correction'
  )
    return request.type
  return 'other'
}

interface ActionDialogProps {
  open: Exclude<FormAction, 'extend'> | null
  busy: boolean
  request: RequestDetail
  onClose(): void
  onSubmit(
    body: BodyInput<typeof requestEndpoints.assign> | BodyInput<typeof requestEndpoints.sendBack>,
  ): void
}

function ActionDialog({ open, busy, onClose, onSubmit }: ActionDialogProps) {
  const { t } = useTranslation('request')
  const staffList = useQuery(staffQueries.list())
  const [form] = Form.useForm()
  if (!open) return null
  const fields: Record<Exclude<FormAction, 'extend'>, ReactNode> = {
    assign: (
      <Form.Item
        name="assigneeId"
        label={t('assignTo')}
        rules={bodyRules(requestEndpoints.assign, 'assigneeId')}
      >
        <Select
          options={(staffList.data?.items ?? [])
            .filter((s) => s.role === 'agent' || s.role === 'lead')
            .map((s) => ({ value: s.id, label: s.displayName }))}
        />
      </Form.Item>
    ),
    send_back: (
      <Form.Item
        name="reason"
        label={t('sendBack.reason')}
        rules={bodyRules(requestEndpoints.sendBack, 'reason')}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    ),
  }
  return (
    <Modal
      open
      title={t(`actions.${open}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common:common.submit')}
      cancelText={t('common:common.cancel')}
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={onSubmit}>
        {fields[open]}
      </Form>
    </Modal>
  )
}
