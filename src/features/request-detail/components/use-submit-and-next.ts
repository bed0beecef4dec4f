import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, type RefObject } from 'react'
import { useNavigate } from 'react-router'
import type { BodyInput } from '../../../shared/api/endpoint'
import { OPEN_STATUSES } from '../../../shared/api/enums'
import { lastQueueOrder } from '../../../shared/api/queue-order'
import { requestQueries, type RequestActionEndpoint } from '../../../shared/api/requests'
import { useStaff } from '../../../shared/auth/session-context'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useFeedback } from '../../../shared/ui/feedback'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'

type Command = ReturnType<typeof useRequestCommand>

// "My queue" as the queue's first tab asks for it, in the server's own order (the nearest
// deadline first): the order when the person has not opened the queue in this tab.
const MY_QUEUE = { assignee: 'me', status: OPEN_STATUSES.join(',') }

// What a form opens outside itself: its confirmations and its pickers' lists.
const POPUPS = '[role="dialog"], .ant-modal-wrap, .ant-select-dropdown, .ant-picker-dropdown'

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])'

/**
 * The handling form among the type's panels: the one the person is in, else the first whose
 * submit button shows. Panels are other features' forms, so they are found on the page.
 */
function handlingForm(root: HTMLElement | null): HTMLFormElement | null {
  if (!root) return null
  const forms = [...root.querySelectorAll('form')].filter((form) => {
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    return submit !== null && !submit.disabled && submit.getClientRects().length > 0
  })
  return forms.find((form) => form.contains(document.activeElement)) ?? forms[0] ?? null
}

/**
 * "Submit and open next": submits the page's handling form and, once the server took it, opens
 * the request after this one in the caller's queue (or says there is none). The command it
 * returns is the one the panels act through, so it sees that submission succeed.
 */
export function useSubmitAndNext(
  requestId: string,
  command: Command,
  panels: RefObject<HTMLElement | null>,
) {
  const { t } = useTranslation('request')
  const { message } = useFeedback()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const staff = useStaff()
  const armed = useRef<{ disarm(): void } | null>(null)
  useEffect(() => () => armed.current?.disarm(), [])

  // The queue as the person last saw it, its view, filters and sort, from its first row on.
  const queueIds = async () => {
    const order = lastQueueOrder(staff.id) ?? MY_QUEUE
    const list = await queryClient.fetchQuery({
      ...requestQueries.list({ ...order, page: 1, pageSize: 200 }),
      staleTime: 0,
    })
    return list.items.map((r) => r.id)
  }

  const openNext = (ids: string[]) => {
    const at = ids.indexOf(requestId)
    const next = at === -1 ? ids[0] : ids[at + 1]
    if (!next) return message.info(t('bar.noNext'))
    message.success(t('bar.opening', { id: next }))
    void navigate(`/requests/${next}`)
  }

  const run = async <E extends RequestActionEndpoint>(endpoint: E, body: BodyInput<E>) => {
    const then = armed.current
    then?.disarm()
    // Read before submitting: a decision can take the request out of a filtered view, and the
    // next one is the one after it as the person saw the list.
    const before = then ? await queueIds().catch(() => null) : null
    const result = await command.run(endpoint, body)
    if (then && result) await openNext(before ?? (await queueIds().catch(() => [])))
    return result
  }

  const goToForm = () => {
    const form = handlingForm(panels.current)
    if (!form) return message.info(t('bar.noForm'))
    const field = form.querySelector<HTMLElement>(FIELDS) ?? form
    field.focus({ preventScroll: true })
    // Centred, clear of the action bar that stays at the top.
    field.scrollIntoView({ block: 'center' })
  }

  const submitAndNext = () => {
    const form = handlingForm(panels.current)
    if (!form) return message.info(t('bar.noForm'))
    armed.current?.disarm()
    // A form that does not pass its checks submits nothing; the request is kept in mind while
    // the person corrects it, and forgotten once they turn to anything else on the page (a click, a focus or a key
    // outside the form).
    const away = (event: Event) => {
      const target = event.target
      if (!(target instanceof Element)) return
      if (form.contains(target) || target.closest(POPUPS)) return
      disarm()
    }
    const disarm = () => {
      document.removeEventListener('pointerdown', away, true)
      document.removeEventListener('focusin', away, true)
      document.removeEventListener('keydown', away, true)
      if (armed.current === handle) armed.current = null
    }
    const handle = { disarm }
    armed.current = handle
    document.addEventListener('pointerdown', away, true)
    document.addEventListener('focusin', away, true)
    document.addEventListener('keydown', away, true)
    form.requestSubmit()
  }

  return { command: { ...command, run }, goToForm, submitAndNext }
}
