import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Form } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { TemplatedMessage } from './templated-message'

function Decision({ onFinish }: { onFinish: (values: { message: string }) => void }) {
  return (
    <Form initialValues={{ message: 'Dear user, approved.' }} onFinish={onFinish}>
      <TemplatedMessage
        label="Message"
        rules={[{ required: true, message: 'Write a message' }]}
        rows={3}
        maxLength={20}
        submitLabel="Send"
        submitting={false}
        resetLabel="Reset to draft"
        template={() => 'Dear user, approved.'}
      />
    </Form>
  )
}

describe('TemplatedMessage', () => {
  it('puts the draft back after an edit, and sends the message with the form', async () => {
    const onFinish = vi.fn()
    const ui = userEvent.setup()
    render(<Decision onFinish={onFinish} />)
    const message = screen.getByRole('textbox', { name: 'Message' })
    expect(message).toHaveAttribute('maxlength', '20')

    await ui.clear(message)
    await ui.type(message, 'Edited')
    await ui.click(screen.getByRole('button', { name: 'Reset to draft' }))
    expect(message).toHaveValue('Dear user, approved.')

    await ui.click(screen.getByRole('button', { name: 'Send' }))
    await vi.waitFor(() =>
      expect(onFinish).toHaveBeenCalledWith({ message: 'Dear user, approved.' }),
    )
  })

  it('checks the message by the rules it is given', async () => {
    const onFinish = vi.fn()
    const ui = userEvent.setup()
    render(<Decision onFinish={onFinish} />)
    await ui.clear(screen.getByRole('textbox', { name: 'Message' }))
    await ui.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Write a message')).toBeInTheDocument()
    expect(onFinish).not.toHaveBeenCalled()
  })
})
