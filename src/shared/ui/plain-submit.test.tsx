import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PlainSubmit } from './plain-submit'

describe('PlainSubmit', () => {
  it('submits while idle', () => {
    render(<PlainSubmit busy={false} label="Sign in" busyLabel="Signing in…" />)
    const button = screen.getByRole('button', { name: 'Sign in' })
    expect(button).toHaveAttribute('type', 'submit')
    expect(button).toBeEnabled()
    expect(button).toHaveAttribute('aria-busy', 'false')
  })

  it('says it is busy and takes no second click', () => {
    render(<PlainSubmit busy label="Sign in" busyLabel="Signing in…" />)
    const button = screen.getByRole('button', { name: 'Signing in…' })
    expect(button).toBeDisabled()
    expect(button).toHaveAttribute('aria-busy', 'true')
  })
})
