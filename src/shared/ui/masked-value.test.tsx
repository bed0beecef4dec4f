import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../../../mocks/backend-instance'
import { renderWithProviders, signInAs } from '../../test/render'
import { maskPhone } from '../lib/masking'
import { MaskedValue } from './masked-value'

/** The first seeded user that has a request, and that request's id. */
async function firstUser() {
  const { db } = await getBackend()
  const request = db.requests.all().find((r) => r.userId === 'U000001') ?? db.requests.all()[0]!
  return { ...db.users.get(request.userId)!, requestId: request.id }
}

/** Reveal events recorded after `since` (the audit log's length when the test began). */
async function revealEvents(since: number) {
  return (await getBackend()).db.auditEvents
    .all()
    .filter((e) => e.seq > since && e.action.startsWith('user.reveal'))
}

async function auditLength() {
  return (await getBackend()).db.auditEvents.count()
}

// The first request seeds the mock backend and the antd dialog is heavy in jsdom: slow on a busy machine.
const SLOW = 60_000

describe('MaskedValue', () => {
  afterEach(() => vi.useRealTimers())

  it(
    'refuses an empty or short reason, then reveals and audits the reason but not the value',
    async () => {
      const user = await firstUser()
      await signInAs('agent01')
      const since = await auditLength()
      const ui = userEvent.setup()
      renderWithProviders(
        <MaskedValue
          userId={user.id}
          field="phone"
          masked={maskPhone(user.phone!)}
          requestId={user.requestId}
        />,
      )
      expect(screen.getByTestId('masked-phone')).toHaveTextContent(maskPhone(user.phone!))

      await ui.click(await screen.findByRole('button', { name: '查看完整手机号' }))
      const dialog = await screen.findByRole('dialog', { name: '查看完整手机号' })
      // The reason is required, and marked so before anyone tries without it.
      expect(within(dialog).getByText('具体说明').closest('label')).toHaveClass(
        'ant-form-item-required',
      )
      await ui.click(within(dialog).getByRole('button', { name: '查看' }))
      expect(await within(dialog).findByText('请填写具体说明，至少 5 个字')).toBeInTheDocument()

      await ui.click(within(dialog).getByLabelText(/具体说明/))
      await ui.paste(' abc ')
      await ui.click(within(dialog).getByRole('button', { name: '查看' }))
      // The message was on screen already and antd draws it anew as it validates again: it is
      // looked up as the dialog stands, not held from a draw that is on its way out.
      await waitFor(() =>
        expect(within(dialog).getByText('请填写具体说明，至少 5 个字')).toBeInTheDocument(),
      )
      expect(await revealEvents(since)).toHaveLength(0)
      expect(screen.getByTestId('masked-phone')).toHaveTextContent(maskPhone(user.phone!))

      await ui.clear(within(dialog).getByLabelText(/具体说明/))
      await ui.paste('请求 R000001 来电核对')
      await ui.click(within(dialog).getByLabelText('用户来电核对'))
      await ui.click(within(dialog).getByRole('button', { name: '查看' }))
      await waitFor(() => expect(screen.getByTestId('masked-phone')).toHaveTextContent(user.phone!))

      const events = await revealEvents(since)
      expect(events).toHaveLength(1)
      expect(events[0]).toMatchObject({
        action: 'user.reveal.phone',
        actorId: 'S001',
        reason: '用户来电核对：请求 R000001 来电核对',
        target: `${user.id} (${user.requestId})`,
      })
      expect(JSON.stringify(events)).not.toContain(user.phone)
      expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(user.phone)
    },
    SLOW,
  )

  it(
    'hides the value again after 60 seconds, or at once on Hide',
    async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true })
      const user = await firstUser()
      await signInAs('lead01')
      const ui = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      renderWithProviders(
        <MaskedValue
          userId={user.id}
          field="idNumber"
          masked="330106********123X"
          requestId={user.requestId}
        />,
      )
      const reveal = async () => {
        await ui.click(await screen.findByRole('button', { name: '查看完整身份证号' }))
        const dialog = await screen.findByRole('dialog')
        await ui.click(within(dialog).getByLabelText(/具体说明/))
        await ui.paste('核对申请人身份证')
        await ui.click(within(dialog).getByRole('button', { name: '查看' }))
        await waitFor(() =>
          expect(screen.getByTestId('masked-idNumber')).toHaveTextContent(user.idNumber!),
        )
      }
      await reveal()
      act(() => vi.advanceTimersByTime(59_000))
      expect(screen.getByTestId('masked-idNumber')).toHaveTextContent(user.idNumber!)
      expect(screen.getByText('1 秒后自动隐藏')).toBeInTheDocument()
      act(() => vi.advanceTimersByTime(1_100))
      expect(screen.getByTestId('masked-idNumber')).toHaveTextContent('330106********123X')

      await reveal()
      await ui.click(screen.getByRole('button', { name: '隐藏身份证号' }))
      expect(screen.getByTestId('masked-idNumber')).toHaveTextContent('330106********123X')
    },
    SLOW,
  )

  it(
    'without a request at hand, asks which of the user’s requests the reveal is for and sends it',
    async () => {
      const { db } = await getBackend()
      const request = db.requests.all().find((r) => r.userId !== 'U000001')!
      const user = db.users.get(request.userId)!
      await signInAs('agent01')
      const since = await auditLength()
      const ui = userEvent.setup()
      renderWithProviders(
        <MaskedValue userId={user.id} field="phone" masked={maskPhone(user.phone!)} />,
      )
      await ui.click(await screen.findByRole('button', { name: '查看完整手机号' }))
      const dialog = await screen.findByRole('dialog', { name: '查看完整手机号' })
      await ui.click(within(dialog).getByLabelText(/具体说明/))
      await ui.paste('核对来电人的号码')
      await ui.click(within(dialog).getByRole('button', { name: '查看' }))
      expect(await within(dialog).findByText('请选择所办理的请求')).toBeInTheDocument()
      expect(await revealEvents(since)).toHaveLength(0)

      await ui.click(within(dialog).getByRole('combobox', { name: '所办理的请求' }))
      await ui.click(await screen.findByTitle(new RegExp(`^${request.id} · `)))
      await ui.click(within(dialog).getByRole('button', { name: '查看' }))
      await waitFor(() => expect(screen.getByTestId('masked-phone')).toHaveTextContent(user.phone!))
      expect(await revealEvents(since)).toEqual([
        expect.objectContaining({ target: `${user.id} (${request.id})` }),
      ])
    },
    SLOW,
  )

  for (const who of ['compliance01', 'admin01'] as const) {
    it(
      `offers no reveal to ${who}, whose role may not reveal`,
      async () => {
        await signInAs(who)
        renderWithProviders(
          <MaskedValue userId="U000001" field="phone" masked="138****5678" requestId="R000001" />,
        )
        await waitFor(() =>
          expect(screen.getByTestId('masked-phone')).toHaveTextContent('138****5678'),
        )
        // The session loads asynchronously: wait until a signed-in render could have shown the button.
        await act(async () => {
          await new Promise((r) => setTimeout(r, 200))
        })
        expect(screen.queryByRole('button', { name: /查看/ })).not.toBeInTheDocument()
      },
      SLOW,
    )
  }
})
