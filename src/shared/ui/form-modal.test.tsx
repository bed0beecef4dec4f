import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Form, Input } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../test/render'
import { FormModal } from './form-modal'

function NameDialog({ onFinish, onClose }: { onFinish(v: unknown): void; onClose(): void }) {
  const [form] = Form.useForm<{ name: string }>()
  return (
    <FormModal title="Rename" form={form} saving={false} onClose={onClose}>
      <Form form={form} onFinish={onFinish}>
        <Form.Item name="name" label="Name">
          <Input />
        </Form.Item>
      </Form>
    </FormModal>
  )
}

describe('FormModal', () => {
  it('submits its form on Save and closes on Cancel', async () => {
    const onFinish = vi.fn()
    const onClose = vi.fn()
    renderWithProviders(<NameDialog onFinish={onFinish} onClose={onClose} />)
    const user = userEvent.setup({ delay: null })
    await user.type(await screen.findByLabelText('Name'), 'Li Lei')
    await user.click(screen.getByRole('button', { name: /保\s*存/ }))
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ name: 'Li Lei' }))
    await user.click(screen.getByRole('button', { name: /取\s*消/ }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
