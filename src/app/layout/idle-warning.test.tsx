import { suiteNow } from '../../test/test-clock-install'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { sessionStore } from '../../shared/api/session-store'
import { useSession } from '../../shared/auth/session-context'
import { renderWithProviders, signInAs } from '../../test/render'
import { IdleWarning } from './idle-warning'

function SessionFlags() {
  const { expired, status } = useSession()
  return (
    <>
      <output aria-label="status">{status}</output>
      <output aria-label="expired">{String(expired)}</output>
    </>
  )
}

/** The provider's own GET /api/session counts as activity: idle time starts after it. */
async function idleSince(msAgo: number) {
  await waitFor(() => expect(screen.getByLabelText('status')).toHaveTextContent('signed_in'))
  sessionStore.touch(suiteNow() - msAgo)
}

describe('IdleWarning', () => {
  it('warns before the idle timeout and "stay signed in" keeps the session', async () => {
    await signInAs('agent01')
    const user = userEvent.setup()
    renderWithProviders(
      <>
        <IdleWarning warnAfterMs={500} timeoutMs={60_000} checkEveryMs={50} />
        <SessionFlags />
      </>,
    )
    await idleSince(1_000)
    expect(await screen.findByRole('dialog')).toHaveTextContent('即将自动退出')
    await user.click(screen.getByRole('button', { name: '保持登录' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByLabelText('expired')).toHaveTextContent('false')
    expect(suiteNow() - sessionStore.lastRequestAt()).toBeLessThan(1_000)
  })

  it('after the idle timeout asks to sign in again', async () => {
    await signInAs('agent01')
    renderWithProviders(
      <>
        <IdleWarning warnAfterMs={1_000} timeoutMs={2_000} checkEveryMs={50} />
        <SessionFlags />
      </>,
    )
    await idleSince(5_000)
    await waitFor(() => expect(screen.getByLabelText('expired')).toHaveTextContent('true'))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
