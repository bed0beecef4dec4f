import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { IncidentFormDrawer } from './incident-form-drawer'

beforeAll(() => resetMockBackend())

// Rendering antd forms in jsdom is slow on a busy machine.
describe('recording an incident', { timeout: 90_000 }, () => {
  it('keeps a pasted title past its limit, counts it and refuses it with the limit', async () => {
    await signInAs('compliance01')
    const onDone = vi.fn()
    renderWithProviders(
      <IncidentFormDrawer open incident={null} onClose={() => undefined} onDone={onDone} />,
    )
    const ui = userEvent.setup({ delay: null })
    const dialog = await screen.findByRole('dialog')
    const title = within(dialog).getByRole('textbox', { name: '事件标题' })
    expect(title).not.toHaveAttribute('maxlength')
    await ui.click(title)
    await ui.paste('泄'.repeat(150))
    expect(title).toHaveValue('泄'.repeat(150))
    expect(within(dialog).getByText('150 / 120')).toBeInTheDocument()
    await ui.click(screen.getByRole('button', { name: '记录' }))
    expect(await within(dialog).findByText(/最多\s*120\s*个字符/)).toBeInTheDocument()
    // Each empty field asks for itself: a choice to select it, a text to enter it. antd draws each
    // field's error as that field's check settles, not all at once.
    expect(await within(dialog).findByText('请选择发生时间段')).toBeInTheDocument()
    expect(await within(dialog).findByText('请输入事件经过')).toBeInTheDocument()
    expect(onDone).not.toHaveBeenCalled()
  })
})
