import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Button, Form } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { freeText } from '../api/free-text'
import { z } from '../api/zod'
import { BodyInput, BodyTextArea } from './body-text-area'

const endpoint = {
  body: z.object({
    reason: freeText(z.minLength(5), z.maxLength(40)),
    note: z.optional(freeText(z.maxLength(12))),
  }),
}

describe('BodyTextArea', () => {
  it("counts against the body field's maximum and checks its rules on submit", async () => {
    render(
      <Form>
        <BodyTextArea endpoint={endpoint} name="reason" label="Reason" extra="Why" rows={3} />
        <BodyTextArea endpoint={endpoint} name="note" label="Note" rows={2} />
        <Button htmlType="submit">Send</Button>
      </Form>,
    )
    const reason = screen.getByRole('textbox', { name: 'Reason' })
    expect(reason).toHaveAttribute('rows', '3')
    expect(screen.getByText('0 / 40')).toBeInTheDocument()
    expect(screen.getByText('0 / 12')).toBeInTheDocument()
    expect(screen.getByText('Why')).toBeInTheDocument()

    await userEvent.type(reason, 'abc')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const item = (field: HTMLElement) => field.closest('.ant-form-item')
    await vi.waitFor(() => expect(item(reason)).toHaveClass('ant-form-item-has-error'))
    expect(item(screen.getByRole('textbox', { name: 'Note' }))).not.toHaveClass(
      'ant-form-item-has-error',
    )
  })

  it('keeps a text past the limit as typed and refuses it with the limit, never cutting it', async () => {
    render(
      <Form>
        <BodyInput endpoint={endpoint} name="note" label="Note" />
        <Button htmlType="submit">Send</Button>
      </Form>,
    )
    const note = screen.getByRole('textbox', { name: 'Note' })
    expect(note).not.toHaveAttribute('maxlength')
    await userEvent.type(note, 'thirteen char')
    expect(note).toHaveValue('thirteen char')
    expect(screen.getByText('13 / 12')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    // The error shown while typing is drawn anew when the form validates on Send: it is looked up
    // as the form stands, not held from a draw that is on its way out.
    await waitFor(() =>
      expect(
        screen.getByText(/\b12\b/, { selector: '.ant-form-item-explain-error' }),
      ).toBeVisible(),
    )
  })
})
