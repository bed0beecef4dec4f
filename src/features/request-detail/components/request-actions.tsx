import { useQuery } from '@tanstack/react-query'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { Button, Form, Input, Modal, Select, Space, theme } from 'antd'
import { lazy, Suspense, useState, type ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import type { BodyInput } from '../../../shared/api/endpoint'
import type { RequestActionEndpoint } from '../../../shared/api/requests'
import { allowedActions, type RequestAction } from '../../../shared/lib/request-state'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useFeedback } from '../../../shared/ui/feedback'
import { askFor, bodyRules } from '../../../shared/ui/form-rules'
import { useShortcuts, type ShortcutMap } from '../../../shared/ui/use-shortcuts'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { useTakeOver } from '../../../shared/ui/use-take-over'
import '../../../shared/i18n/ownership'
import { useApprovalConfirm } from './approval-confirm'
import { ExtendDialog } from './extend-dialog'

// Only people who press "?" need it: it loads on first use.
const ShortcutsHelp = lazy(() =>
  import('../../../shared/ui/shortcuts-help').then((m) => ({ default: m.ShortcutsHelp })),
)

type Command = ReturnType<typeof useRequestCommand>
type FormAction = 'assign' | 'extend' | 'send_back'

// The actions drawn here as buttons. Every type prepares its decision in its own panel (the
// cancellation checklist, the deletion plan, the consent, correction, access and copy actions)
// and refusals in the refusal panel; notes, identity checks, the data plan, fees, withdrawal,
// merging and reminders have theirs too. The bar reaches those through `decision` and `next`.
const BAR_ACTIONS = ['claim', 'assign', 'extend', 'approve', 'send_back'] as const
type BarAction = (typeof BAR_ACTIONS)[number]
const isBarAction = (a: RequestAction): a is BarAction =>
  (BAR_ACTIONS as readonly RequestAction[]).includes(a)

// One key per action, printed on its button; `c` claims as it does in the queue.
const KEYS: Record<BarAction | 'decision' | 'next' | 'help', string> = {
  claim: 'c',
  assign: 'a',
  extend: 'e',
  approve: 'p',
  send_back: 'b',
  decision: 'd',
  next: 'n',
  help: '?',
}

/** A button's key, for the eye; screen readers get it from `aria-keyshortcuts`. */
const Key = ({ k }: { k: string }) => <kbd aria-hidden>{k}</kbd>

export interface RequestActionsProps {
  request: RequestDetail
  command: Command
  /** Moves to the page's handling form. */
  onGoToForm(): void
  /** Submits the handling form; after it succeeds, opens the next request of the caller's queue. */
  onSubmitAndNext(): void
}

/**
 * The request's action bar: it stays on screen while the page scrolls, offers only what the
 * caller may do on this request now, each with its key, and says whose request it is when that
 * is someone else's. Forms open in a dialog; approving and taking over ask first.
 */
export function RequestActions({
  request,
  command,
  onGoToForm,
  onSubmitAndNext,
}: RequestActionsProps) {
  const { t } = useTranslation('request')
  const staff = useStaff()
  const { token } = theme.useToken()
  const { message } = useFeedback()
  const staffName = useStaffName()
  const takeOver = useTakeOver()
  const confirmApproval = useApprovalConfirm(request, command)
  const [open, setOpen] = useState<FormAction | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const allowed = allowedActions(request, staff)
  const actions = allowed.filter(isBarAction)
  // Leads take over someone else's request; everyone else claims only what is nobody's.
  const othersRequest = request.assigneeId !== null && request.assigneeId !== staff.id
  const notYours = othersRequest && !allowed.length
  const owner = staffName(request.assigneeId)
  // Verifying identity and preparing a decision are done in the type's own form on the page;
  // on someone else's request a lead takes it over first.
  const working =
    !othersRequest && (allowed.includes('decide') || allowed.includes('identity_check'))

  const submit = async <E extends RequestActionEndpoint>(endpoint: E, body: BodyInput<E>) => {
    const result = await command.run(endpoint, body)
    if (result) {
      setOpen(null)
      message.success(t('done'))
    }
  }

  const claim = () =>
    takeOver(request, () => {
      void command
        .run(requestEndpoints.claim, {})
        .catch(() => null)
        .then((result) => {
          if (result)
            message.success(
              t(othersRequest ? 'claimed.take_over' : 'claimed.claim', { id: request.id, owner }),
            )
        })
    })

  const trigger: Record<BarAction, () => void> = {
    claim,
    approve: () => void confirmApproval(),
    assign: () => openForm('assign'),
    extend: () => openForm('extend'),
    send_back: () => openForm('send_back'),
  }
  function openForm(action: FormAction) {
    // A refusal from an earlier attempt belongs to that attempt, not to this dialog.
    command.reset()
    setOpen(action)
  }

  const shortcuts: ShortcutMap = { '?': () => setHelpOpen(true) }
  for (const action of actions) shortcuts[KEYS[action]] = trigger[action]
  // Pressed on someone else's request, `c` says why nothing happens instead of doing nothing.
  if (notYours) shortcuts[KEYS.claim] = () => message.warning(t('ownership:notYours', { owner }))
  if (working) {
    shortcuts[KEYS.decision] = onGoToForm
    shortcuts[KEYS.next] = onSubmitAndNext
  }
  useShortcuts(shortcuts)

  const label = (action: BarAction) =>
    t(`actions.${action === 'claim' && othersRequest ? 'take_over' : action}`)
  const help: [string, string][] = [
    ...actions.map((a): [string, string] => [
      KEYS[a],
      t(`shortcuts.${a === 'claim' && othersRequest ? 'take_over' : a}`),
    ]),
    ...(working
      ? ([
          [KEYS.decision, t('shortcuts.decision')],
          [KEYS.next, t('shortcuts.next')],
        ] as [string, string][])
      : []),
    [KEYS.help, t('shortcuts.help')],
  ]

  return (
    <div
      role="group"
      aria-label={t('bar.label')}
      data-testid="action-bar"
      className="mb-16"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        padding: '8px 0',
        background: token.colorBgLayout,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Space wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'approve' ? 'primary' : 'default'}
            loading={(action === 'claim' || action === 'approve') && command.isPending}
            aria-keyshortcuts={KEYS[action]}
            onClick={trigger[action]}
          >
            {label(action)} <Key k={KEYS[action]} />
          </Button>
        ))}
        {working && (
          <>
            <Button aria-keyshortcuts={KEYS.decision} onClick={onGoToForm}>
              {t('bar.decision')} <Key k={KEYS.decision} />
            </Button>
            <Button
              type="primary"
              aria-keyshortcuts={KEYS.next}
              loading={command.isPending}
              onClick={onSubmitAndNext}
            >
              {t('bar.next')} <Key k={KEYS.next} />
            </Button>
          </>
        )}
        {notYours && (
          <span className="text-secondary" data-testid="not-yours">
            {t('ownership:notYours', { owner })}
          </span>
        )}
        <Button type="text" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
          {t('bar.help')} <Key k={KEYS.help} />
        </Button>
      </Space>
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
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp
            title={t('shortcuts.title')}
            keys={help}
            note={t('shortcuts.hint')}
            onClose={() => setHelpOpen(false)}
          />
        </Suspense>
      )}
    </div>
  )
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
        rules={bodyRules(requestEndpoints.assign, 'assigneeId', {
          required: askFor(t, t('assignTo'), 'select'),
        })}
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
