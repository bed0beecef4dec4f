import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Form } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { freeText } from '../api/free-text'
import { z } from '../api/zod'
import { TemplatedMessage } from './templated-message'

// An endpoint that takes a message of at most 20 characters.
const answer = { body: z.object({ message: freeText(z.minLength(1), z.maxLength(20)) }) }

function Decision({ onFinish }: { onFinish: (values: { message: string }) => void }) {
  return (
    <Form initialValues={{ message: 'Dear user, approved.' }} onFinish={onFinish}>
      <TemplatedMessage
        endpoint={answer}
        label="Message"
        options={{ required: 'Write a message' }}
        rows={3}
        submitLabel="Send"
        submitting={false}
        template={() => 'Dear user, approved.'}
      />
    </Form>
  )
}

describe('TemplatedMessage', () => {
  it("counts against the endpoint's limit, puts the draft back after an edit, and sends the message with the form", async () => {
    const onFinish = vi.fn()
    const ui = userEvent.setup()
    render(<Decision onFinish={onFinish} />)
    const message = screen.getByRole('textbox', { name: 'Message' })
    // 'Dear user, approved.' is 20 characters: the whole limit, counted beside the field.
    expect(screen.getByText('20 / 20')).toBeInTheDocument()

    await ui.clear(message)
    await ui.type(message, 'Edited')
    await ui.click(screen.getByRole('button', { name: '恢复模板' }))
    expect(message).toHaveValue('Dear user, approved.')

    await ui.click(screen.getByRole('button', { name: 'Send' }))
    await vi.waitFor(() =>
      expect(onFinish).toHaveBeenCalledWith({ message: 'Dear user, approved.' }),
    )
  })

  it("checks the message by the endpoint's rules", async () => {
    const onFinish = vi.fn()
    const ui = userEvent.setup()
    render(<Decision onFinish={onFinish} />)
    await ui.clear(screen.getByRole('textbox', { name: 'Message' }))
    await ui.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Write a message')).toBeInTheDocument()
    expect(onFinish).not.toHaveBeenCalled()
  })
})
