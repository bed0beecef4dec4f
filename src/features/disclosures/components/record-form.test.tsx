import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { RecordForm } from './record-form'

beforeEach(() => resetMockBackend())

function renderForm() {
  const onDone = vi.fn()
  renderWithProviders(<RecordForm open corrects={null} onClose={() => undefined} onDone={onDone} />)
  return {
    onDone,
    form: () => screen.getByText('披露的信息项').closest<HTMLElement>('[role="dialog"]')!,
  }
}

describe('RecordForm', { timeout: 90_000 }, () => {
  it('shows the fields of the chosen basis and checks them before sending', async () => {
    await signInAs('compliance01')
    const { form, onDone } = renderForm()
    const user = userEvent.setup({ delay: null })
    await screen.findByText('披露的信息项')
    await user.click(within(form()).getByText('依法披露'))
    expect(within(form()).getByLabelText(/文书编号/)).toBeInTheDocument()
    expect(
      within(form()).getByText('依隐私政策第四条(二)，依法披露不另行通知用户。'),
    ).toBeInTheDocument()
    await user.click(within(form()).getByText('第三方申请'))
    await user.type(within(form()).getByLabelText(/申请人身份证号码/), '110105194912310021')
    await user.click(screen.getByRole('button', { name: '提交复核' }))
    expect(await within(form()).findByText('身份证号码校验位不正确')).toBeInTheDocument()
    await waitFor(() => expect(within(form()).getAllByText('必填').length).toBeGreaterThan(2))
    const { db } = await getBackend()
    expect(db.disclosureApplications.count()).toBe(1)
    expect(onDone).not.toHaveBeenCalled()
  })

  it('records a consent disclosure at the head of the ledger', async () => {
    await signInAs('compliance01')
    const { form, onDone } = renderForm()
    const user = userEvent.setup({ delay: null })
    await screen.findByText('披露的信息项')
    const users = within(form()).getByLabelText(/被披露信息的用户/)
    await user.type(users, 'U000001')
    await user.click(await screen.findByTitle(/^U000001 /))
    await user.type(within(form()).getByLabelText(/接收方名称/), '某保险公司')
    await user.type(within(form()).getByLabelText(/接收方联系方式/), 'service@example.cn')
    await user.click(within(form()).getByLabelText('姓名'))
    await user.type(within(form()).getByLabelText(/披露目的/), '用户同意的保险投保')
    await user.type(within(form()).getByLabelText(/同意记录编号/), 'CONSENT-0001')
    await user.click(screen.getByRole('button', { name: '记录' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(onDone.mock.calls[0]![0]).toMatchObject({
      kind: 'recorded',
      record: { seq: 321, userIds: ['U000001'], recordedBy: 'S004' },
    })
  })
})
