import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { resetLanguage } from '../../../test/language'
import { prepareRejection } from '../../../test/prepared-decision'
import { signInAs } from '../../../test/render'
import { expectNoPanelOnOtherTypes, renderRequestPanel } from '../../../test/request-panel'
import { seededRequest } from '../../../test/seeded-request'
import { DeletionPanel } from './deletion-panel'

/** The seeded deletion in review for the user of that name. */
async function seeded(name: string): Promise<{ id: string; userId: string }> {
  const found = await seededRequest(
    { type: 'deletion', status: 'in_review' },
    (r, db) => db.users.get(r.userId)?.name === name,
  )
  return { id: found.id, userId: found.userId }
}

/** A seeded deletion in review that the tests above leave alone. */
async function another(skip: string[]): Promise<{ id: string; userId: string }> {
  const taken = ['许安然', '蒋文博']
  const found = await seededRequest(
    { type: 'deletion', status: 'in_review' },
    (r, db) => !skip.includes(r.id) && !taken.includes(db.users.get(r.userId)?.name ?? ''),
  )
  return { id: found.id, userId: found.userId }
}

/** Clears all that could block the user's deletion and gives the request to agent01 (S001). */
async function unblockedForAgent01(id: string, userId: string): Promise<void> {
  const { db } = await getBackend()
  await db.users.update(userId, (draft) =>
    Object.assign(draft, { legalHold: null, openDisputes: 0, openComplaints: 0 }),
  )
  await db.requests.update(id, (draft) => {
    draft.assigneeId = 'S001'
  })
}

beforeAll(() => resetMockBackend())
afterEach(resetLanguage)

// Rendering antd forms in jsdom is slow on a busy machine.
describe('DeletionPanel', { timeout: 60_000 }, () => {
  it('starts from the proposal: what the law keeps is marked as required, with its purge date', async () => {
    const { id } = await seeded('许安然')
    await signInAs('agent01')
    renderRequestPanel(DeletionPanel, id)
    const editor = await screen.findByTestId('deletion-plan-editor')
    const payments = within(editor).getByRole('row', { name: /支付与收益记录/ })
    expect(payments).toHaveTextContent('法律要求保存，不可删除')
    expect(payments).toHaveTextContent(/\d{4}-\d{2}-\d{2}/)
    expect(within(editor).getByRole('row', { name: /位置信息/ })).not.toHaveTextContent(
      '法律要求保存',
    )
    expect(screen.getByRole('radio', { name: /您已注销账号/ })).toBeDisabled()
  })

  it('needs evidence or a note, and shows the server refusing ground (4) beside the ground', async () => {
    const { id, userId } = await seeded('蒋文博')
    await signInAs('agent01')
    const ui = userEvent.setup()
    renderRequestPanel(DeletionPanel, id)
    await ui.click(await screen.findByRole('radio', { name: /您已注销账号/ }))
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    expect(await screen.findByText('请填写证据或备注（至少 5 个字）')).toBeInTheDocument()
    await ui.type(screen.getByLabelText('备注'), '账号已于注销流程中注销')
    // The account is restored behind the form's back: the server, not the form, has the last word.
    const { db } = await getBackend()
    await db.users.update(userId, (draft) => {
      draft.accountStatus = 'active'
    })
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    expect(await screen.findByText('不符合此项的条件，请重新选择')).toBeInTheDocument()
    expect(screen.getByTestId('status')).toHaveTextContent('in_review')
    await db.users.update(userId, (draft) => {
      draft.accountStatus = 'cancelled'
    })
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('pending_approval'))
    expect(await screen.findByTestId('prepared-deletion')).toHaveTextContent('（4）您已注销账号')
  })

  it('shows the checker a prepared refusal with its ground and the reason the user will read', async () => {
    const { id } = await seeded('许安然')
    await prepareRejection(id, 'highly_impractical', '经核实，您的请求暂无法办理。')
    await signInAs('lead01')
    renderRequestPanel(DeletionPanel, id)
    const prepared = await screen.findByTestId('prepared-deletion')
    expect(prepared).toHaveTextContent('已准备的拒绝决定')
    expect(prepared).toHaveTextContent('经核实，您的请求暂无法办理。')
    expect(within(prepared).getByTestId('maker-checker-note')).toHaveTextContent('请核对拒绝依据')
    expect(screen.queryByTestId('data-plan')).toBeNull()
  })

  it("offers the statutory grounds of PIPL art. 47 beside the policy's four, and names the one chosen", async () => {
    const { id, userId } = await another([])
    await unblockedForAgent01(id, userId)
    await signInAs('agent01')
    const ui = userEvent.setup()
    renderRequestPanel(DeletionPanel, id)
    const policy = await screen.findByRole('group', {
      name: '政策约定（隐私政策第六条第（三）项）',
    })
    expect(within(policy).getAllByRole('radio')).toHaveLength(4)
    const statutory = screen.getByRole('group', {
      name: '法定事由（《个人信息保护法》第四十七条）',
    })
    expect(
      within(statutory)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      '（1）处理目的已实现、无法实现或者为实现处理目的不再必要',
      '（2）平台停止提供相关产品或者服务，或者保存期限已届满',
      '（3）您已撤回同意',
    ])
    await ui.click(within(statutory).getByRole('radio', { name: /保存期限已届满/ }))
    await ui.type(screen.getByLabelText('证据'), '保存期限表：该类信息的保存期限已届满')
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('pending_approval'))
    expect(await screen.findByTestId('prepared-deletion')).toHaveTextContent(
      '法定事由（《个人信息保护法》第四十七条）（2）平台停止提供相关产品或者服务，或者保存期限已届满',
    )
  })

  it('renders nothing for other request types', () =>
    expectNoPanelOnOtherTypes(DeletionPanel, '删除个人信息'))

  it('shows the legal hold and the open complaint that block the deletion, in Chinese', async () => {
    const { id, userId } = await another([])
    const { db } = await getBackend()
    await db.users.update(userId, (draft) =>
      Object.assign(draft, {
        legalHold: '法院协助冻结（(2026)浙0203执保7号）',
        openDisputes: 0,
        openComplaints: 1,
      }),
    )
    await signInAs('agent01')
    renderRequestPanel(DeletionPanel, id)
    const checks = await screen.findByTestId('deletion-checks')
    expect(await within(checks).findByTestId('checklist-summary')).toHaveTextContent('2 项阻止删除')
    const items = within(checks).getAllByTestId('cancellation-check')
    expect(items.map((i) => i.dataset.check)).toEqual(['no_open_disputes', 'no_legal_hold'])
    expect(items[0]).toHaveTextContent('未结纠纷 0 件，未结投诉 1 件')
    expect(items[1]).toHaveTextContent('冻结：法院协助冻结（(2026)浙0203执保7号）')
  })

  it('says in English when nothing blocks the deletion', async () => {
    const { id, userId } = await another([(await another([])).id])
    await unblockedForAgent01(id, userId)
    await signInAs('agent01')
    localStorage.setItem('console.language', 'en-US')
    renderRequestPanel(DeletionPanel, id)
    const checks = await screen.findByTestId('deletion-checks')
    expect(await within(checks).findByTestId('checklist-summary')).toHaveTextContent(
      'No legal hold, dispute or complaint: the deletion may be approved',
    )
    expect(
      within(checks)
        .getAllByTestId('cancellation-check')
        .map((i) => i.dataset.ok),
    ).toEqual(['true', 'true'])
    expect(
      await screen.findByRole('group', { name: 'Statutory grounds (PIPL art. 47)' }),
    ).toHaveTextContent('(3) The user has withdrawn consent')
  })
})
