import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { activationCodeSentTo } from '../../../../mocks/test-backend'
import { call } from '../../../../mocks/test-client'
import { i18n } from '../../../shared/i18n/i18n'
import { renderWithProviders } from '../../../test/render'
import { ActivationPage } from './activation-page'

// Setting a password costs a PBKDF2 derivation by design, which on a busy machine outlasts the
// default second that waitFor and findBy* give an answer.
const SLOW = { timeout: 10_000 }

async function fill(user: ReturnType<typeof userEvent.setup>, values: string[]) {
  const labels = ['用户名', '激活码', '新密码', '再次输入新密码']
  for (const [i, label] of labels.entries()) {
    const input = screen.getByLabelText(label, { exact: true })
    await user.clear(input)
    if (values[i]) await user.type(input, values[i])
  }
  await user.click(screen.getByRole('button', { name: '激活并设置密码' }))
}

describe('ActivationPage', () => {
  beforeEach(async () => {
    resetMockBackend()
    await getBackend()
    const created = await call('admin01', 'POST', '/staff', {
      username: 'agent09',
      displayName: '客服小周',
      role: 'agent',
      contact: 'agent09@staff.example.com',
    })
    expect(created.status).toBe(201)
  })
  afterEach(() => {
    i18n.changeLanguage('zh-CN')
    localStorage.removeItem('console.language')
  })

  it('checks every field and the password rule before asking the server', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ActivationPage />)
    await fill(user, ['', '', 'weak', 'weaker'])
    expect(screen.getByLabelText('用户名')).toHaveAccessibleDescription('请输入用户名')
    expect(screen.getByLabelText('激活码')).toHaveAccessibleDescription(
      '请输入激活码 8 位字母和数字，不区分大小写',
    )
    expect(screen.getByLabelText('新密码', { exact: true })).toHaveAccessibleDescription(
      '10–64 个字符；至少一个大写字母；至少一个数字；至少一个符号（如 @ # ! -）',
    )
    expect(screen.getByLabelText('再次输入新密码')).toHaveAccessibleDescription(
      '两次输入的密码不一致',
    )
    expect(screen.getByLabelText('用户名')).toHaveFocus()
  })

  it('says plainly that a code is wrong, and activates with the right one', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ActivationPage />)
    const code = await activationCodeSentTo('agent09')
    const wrong = code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA'
    await fill(user, ['agent09', wrong, 'Welcome#2027x', 'Welcome#2027x'])
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      '用户名或激活码不正确。连续输错 5 次后激活码作废。',
    )
    await fill(user, ['agent09', code, 'Welcome#2027x', 'Welcome#2027x'])
    expect(await screen.findByRole('status', {}, SLOW)).toHaveTextContent(
      '账号已激活。请用新密码登录。',
    )
    expect(screen.getByRole('link', { name: '去登录' })).toHaveAttribute('href', '/sign-in')
  })

  it('speaks English when asked', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ActivationPage />)
    await user.click(screen.getByRole('button', { name: 'EN' }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Activate your account'),
    )
    for (const label of ['Username', 'Activation code', 'New password', 'Repeat the new password'])
      expect(screen.getByLabelText(label, { exact: true })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Activate and set password' })).toBeEnabled()
  })
})
