import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { call } from '../../../../mocks/test-client'
import type { RequestDetail, Settings } from '../../../shared/api/schemas'
import { shanghaiDate } from '../../../shared/lib/working-days'
import { renderWithProviders, signInAs } from '../../../test/render'
import { suiteNow } from '../../../test/test-clock-install'
import { RequestDetailPage } from './request-detail-page'

// The extension dialog offers what the server allows for this request (CONTRACT 2026-12
// amendment) and says the limit, and any refusal, in words.

beforeEach(() => {
  resetMockBackend()
})

async function setCancellationDeadline(days: number) {
  const { version, ...values } = (await call<Settings>('admin01', 'GET', '/settings')).body
  const saved = await call(
    'admin01',
    'PUT',
    '/settings',
    { ...values, cancellationDeadlineDays: days },
    version,
  )
  expect(saved.status).toBe(200)
}

async function newCancellation(): Promise<RequestDetail> {
  const user = (await getBackend()).db.users
    .all()
    .find((u) => u.accountStatus === 'active' && !u.guardian && !u.deceased)!
  const created = await call('agent01', 'POST', '/requests', {
    type: 'cancellation',
    userId: user.id,
    requesterType: 'self',
    channel: 'hotline',
    receivedAt: new Date(suiteNow() - 60_000).toISOString(),
  })
  expect(created.status).toBe(201)
  return created.body
}

/** The nth working day from receipt, as the dialog writes dates. */
async function dayFromReceipt(request: RequestDetail, n: number): Promise<string> {
  const calendar = (await getBackend()).calendar()
  return calendar.addWorkingDays(shanghaiDate(request.receivedAt), n).date
}

async function openDialog(id: string) {
  await signInAs('lead01')
  const ui = userEvent.setup({ delay: null })
  renderWithProviders(<RequestDetailPage id={id} />)
  await ui.click(await screen.findByRole('button', { name: '延长期限' }))
  const dialog = await screen.findByRole('dialog')
  return { ui, dialog }
}

describe('the extension dialog', { timeout: 90_000 }, () => {
  it('explains why a cancellation at its 10th working day cannot be extended, and sends nothing', async () => {
    const request = await newCancellation()
    const { dialog } = await openDialog(request.id)
    const tenth = await dayFromReceipt(request, 10)
    expect(await within(dialog).findByTestId('extension-refused')).toHaveTextContent(
      `此注销申请的期限（${tenth}）已到收到申请后的第 10 个工作日（${tenth}）：隐私政策 6(5) 承诺 10 个工作日内办结，不能再延长。`,
    )
    expect(within(dialog).queryByLabelText(/延长工作日数/)).toBeNull()
    expect(within(dialog).getByRole('button', { name: '提交' })).toBeDisabled()
  })

  it('limits a cancellation to its 10th working day, says so, and shows the extension in words', async () => {
    await setCancellationDeadline(7)
    const request = await newCancellation()
    const { ui, dialog } = await openDialog(request.id)
    const tenth = await dayFromReceipt(request, 10)
    expect(await within(dialog).findByTestId('extension-limit')).toHaveTextContent(
      `注销申请的期限不能晚于收到申请后的第 10 个工作日，即 ${tenth}（隐私政策 6(5)）。当前期限为 ${await dayFromReceipt(request, 7)}，最多还能延长 3 个工作日。`,
    )
    const days = within(dialog).getByLabelText(/延长工作日数/)
    expect(days).toHaveValue('3')
    // One day more than allowed is refused with the range, not quietly changed back to 3.
    await ui.clear(days)
    await ui.type(days, '4')
    await ui.tab()
    expect(
      await within(dialog).findByText('请输入 1 到 3 之间的整数：最多只能延长 3 个工作日'),
    ).toBeInTheDocument()
    expect(days).toHaveValue('4')
    await ui.clear(days)
    await ui.type(days, '3')
    // The new deadline shows again once the form has taken the value back in range.
    expect(await within(dialog).findByTestId('extension-new-deadline')).toHaveTextContent(
      `延长后的期限：${tenth}`,
    )
    await ui.type(within(dialog).getByLabelText(/延长原因/), '需要核对未结清的任务款项')
    await ui.click(within(dialog).getByRole('button', { name: '提交' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 30_000 })

    const events = await screen.findAllByTestId('timeline-event')
    const extended = events.find((e) => e.textContent?.startsWith('延长期限'))!
    expect(within(extended).getByTestId('timeline-facts')).toHaveTextContent(
      `延长 3 个工作日，新期限 ${tenth}`,
    )
    expect(extended).toHaveTextContent('需要核对未结清的任务款项')
    expect(extended).not.toHaveTextContent('+3')
    const notice = events.find((e) => e.textContent?.includes('已向申请人发送延期通知'))!
    const [y, m, d] = tenth.split('-').map(Number)
    expect(notice).toHaveTextContent(`新的办理期限为 ${y}年${m}月${d}日`)
  })

  it('explains a refusal by the server when the limit moved meanwhile', async () => {
    await setCancellationDeadline(7)
    const request = await newCancellation()
    const { ui, dialog } = await openDialog(request.id)
    await within(dialog).findByTestId('extension-limit')
    // Another admin restores the 10-day deadline while the lead is typing.
    await setCancellationDeadline(10)
    await ui.type(within(dialog).getByLabelText(/延长原因/), '需要核对合同')
    await ui.click(within(dialog).getByRole('button', { name: '提交' }))
    const refused = await within(dialog).findByTestId(
      'extension-server-refusal',
      {},
      { timeout: 30_000 },
    )
    expect(refused).toHaveTextContent('服务器拒绝了这次延长')
    // The page still holds the deadline it loaded; the server's limit is the 10th working day.
    expect(refused).toHaveTextContent(
      `已到收到申请后的第 10 个工作日（${await dayFromReceipt(request, 10)}）：隐私政策 6(5) 承诺 10 个工作日内办结，不能再延长。`,
    )
    expect((await getBackend()).db.requests.get(request.id)!.extensionDays).toBe(0)
  })

  it('says a request of another type is extended only once', async () => {
    const { db } = await getBackend()
    const copy = db.requests
      .all()
      .find((r) => r.type === 'copy' && r.status === 'in_review' && r.deadlineAt)!
    await db.requests.update(copy.id, (draft) => {
      draft.extensionDays = 4
    })
    const { dialog } = await openDialog(copy.id)
    expect(await within(dialog).findByTestId('extension-refused')).toHaveTextContent(
      '此请求已延长过一次（4 个工作日）；注销以外的请求只能延长一次。',
    )
  })
})
