import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Button, Form } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { freeText } from '../api/free-text'
import { z } from '../api/zod'
import { BodyTextArea } from './body-text-area'

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
    expect(reason).toHaveAttribute('maxlength', '40')
    expect(reason).toHaveAttribute('rows', '3')
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('maxlength', '12')
    expect(screen.getByText('Why')).toBeInTheDocument()

    await userEvent.type(reason, 'abc')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const item = (field: HTMLElement) => field.closest('.ant-form-item')
    await vi.waitFor(() => expect(item(reason)).toHaveClass('ant-form-item-has-error'))
    expect(item(screen.getByRole('textbox', { name: 'Note' }))).not.toHaveClass(
      'ant-form-item-has-error',
    )
  })
})
