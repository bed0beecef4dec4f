import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { resetLanguage } from '../../../test/language'
import { signInAs } from '../../../test/render'
import { renderRequestPanel } from '../../../test/request-panel'
import { seededRequest } from '../../../test/seeded-request'
import { ConsentWithdrawalPanel } from './consent-withdrawal-panel'

beforeAll(() => resetMockBackend())
afterEach(resetLanguage)

describe('ConsentWithdrawalPanel', { timeout: 60_000 }, () => {
  it('shows what the withdrawal stops before it is applied, and what the requester was told after', async () => {
    const { db } = await getBackend()
    const request = await seededRequest({
      type: 'consent_withdrawal',
      status: 'in_review',
      assigneeId: 'S001',
    })
    await db.users.update(request.userId, (draft) => {
      draft.consents.clipboard = { granted: true, changedAt: '2025-03-01T08:00:00.000Z' }
    })
    await signInAs('agent01')
    localStorage.setItem('console.language', 'en-US')
    const ui = userEvent.setup()
    renderRequestPanel(ConsentWithdrawalPanel, request.id)
    await ui.click(await screen.findByRole('checkbox', { name: 'Read the clipboard' }))
    expect(screen.getByTestId('withdrawal-effects-preview')).toHaveTextContent(
      'Read the clipboard: The clipboard is no longer read: pasting text or images from it in the app no longer works',
    )
    await ui.click(screen.getByRole('button', { name: 'Withdraw now' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('completed'))
    const told = await screen.findByTestId('withdrawal-effects')
    expect(told).toHaveTextContent(
      'The requester was sent the permissions withdrawn and their effect',
    )
    expect(within(told).getByRole('listitem')).toHaveTextContent(
      'Read the clipboard: The clipboard',
    )
    expect(screen.getByTestId('withdrawal-record')).toHaveTextContent(
      'Processing before the withdrawal stays lawful.',
    )
  })
})
