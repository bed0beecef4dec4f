import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders } from '../../../test/render'
import { SignInPage } from './sign-in-page'

async function attempt(
  user: ReturnType<typeof userEvent.setup>,
  username: string,
  password: string,
) {
  await user.clear(screen.getByLabelText('用户名'))
  await user.type(screen.getByLabelText('用户名'), username)
  await user.clear(screen.getByLabelText('密码'))
  await user.type(screen.getByLabelText('密码'), password)
  await user.click(screen.getByRole('button', { name: '登录' }))
}

// Checking a password costs a PBKDF2 derivation by design, which on a busy machine outlasts the
// default second that waitFor and findBy* give an answer.

describe('SignInPage', () => {
  // Seeded before the page is drawn, so that no assertion waits on the seeding of a busy machine.
  beforeEach(async () => {
    resetMockBackend()
    await getBackend()
  })

  it('signs in with the right password and keeps only the token, in sessionStorage', async () => {
    const onSignedIn = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<SignInPage onSignedIn={onSignedIn} showDemoAccounts={false} />)
    await attempt(user, 'agent01', 'Demo@2026')
    await waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith(
        expect.objectContaining({ username: 'agent01', role: 'agent' }),
      ),
    )
    expect(Object.keys(sessionStorage)).toEqual(['console.token'])
  })

  it('says so clearly when the password is wrong', async () => {
    const onSignedIn = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<SignInPage onSignedIn={onSignedIn} showDemoAccounts={false} />)
    await attempt(user, 'agent01', 'wrong')
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误')
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('after a few failures asks to wait some seconds, and refuses even the right password until then', async () => {
    const onSignedIn = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<SignInPage onSignedIn={onSignedIn} showDemoAccounts={false} />)
    for (let i = 0; i < 3; i++) {
      await attempt(user, 'agent02', `wrong-${i}`)
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('用户名或密码错误'))
    }
    await attempt(user, 'agent02', 'Demo@2026')
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/请 \d+ 秒后再试/))
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('names the empty field instead of sending an empty sign-in', async () => {
    const onSignedIn = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(<SignInPage onSignedIn={onSignedIn} showDemoAccounts={false} />)
    await user.type(screen.getByLabelText('用户名'), 'agent01')
    await user.click(screen.getByRole('button', { name: '登录' }))
    expect(screen.getByText('请输入密码')).toBeInTheDocument()
    expect(screen.getByLabelText('密码')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('密码')).toHaveFocus()
    expect(screen.queryByText('请输入用户名')).not.toBeInTheDocument()
    expect(onSignedIn).not.toHaveBeenCalled()
  })
})
