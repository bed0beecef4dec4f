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
    // Each empty field asks for itself by name: a typed one to enter it, a choice to select it.
    // antd draws each field's error as that field's check settles, not all at once.
    expect(await within(form()).findByText('请输入申请人姓名')).toBeInTheDocument()
    expect(await within(form()).findByText('请输入申请人联系方式')).toBeInTheDocument()
    expect(await within(form()).findByText('请选择被披露信息的用户')).toBeInTheDocument()
    const { db } = await getBackend()
    expect(db.disclosureApplications.count()).toBe(1)
    expect(onDone).not.toHaveBeenCalled()
  })

  it('keeps a pasted recipient name past its limit, counts it in red and refuses it with the limit', async () => {
    await signInAs('compliance01')
    const { form, onDone } = renderForm()
    const name = await screen.findByLabelText(/接收方名称/)
    const user = userEvent.setup({ delay: null })
    expect(name).not.toHaveAttribute('maxlength')
    await user.click(name)
    await user.paste('某'.repeat(250))
    expect(name).toHaveValue('某'.repeat(250))
    expect(within(form()).getByText('250 / 200')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '记录' }))
    expect(await within(form()).findByText(/最多\s*200\s*个字符/)).toBeInTheDocument()
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
