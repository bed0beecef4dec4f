import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithProviders, signInAs } from '../../../test/render'
import { IntakePage } from './intake-page'

describe('IntakePage', { timeout: 90_000 }, () => {
  it('asks for each missing choice by its name, in the one style of every form', async () => {
    await signInAs('agent01')
    renderWithProviders(<IntakePage />)
    await userEvent.click(await screen.findByRole('button', { name: /登\s*记/ }))
    // The requester and the channel start filled in (本人, 热线); the type and the user do not.
    for (const message of ['请选择类型', '请选择平台用户'])
      expect(await screen.findByText(message)).toBeInTheDocument()
    expect(screen.queryByText(/^请输入(类型|平台用户)$/)).toBeNull()
  })
})
