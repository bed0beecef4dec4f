import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Providers } from '../../test/render'
import type { FeedbackApis } from './feedback-apis'
import { createFeedback, useFeedback } from './feedback'

function recordingApis(calls: string[]): FeedbackApis {
  const message = (level: string) => (content: unknown) => calls.push(`${level} ${String(content)}`)
  return {
    message: {
      success: message('success'),
      info: message('info'),
      warning: message('warning'),
      error: message('error'),
    },
    modal: { confirm: (config: { title: string }) => calls.push(`confirm ${config.title}`) },
  } as unknown as FeedbackApis
}

describe('createFeedback', () => {
  it('keeps calls made before antd has loaded and runs them in order once it has', () => {
    const calls: string[] = []
    const load = vi.fn(() => Promise.resolve())
    const { feedback, attach } = createFeedback(load)
    feedback.message.success('saved')
    feedback.modal.confirm({ title: 'sure?' })
    feedback.message.error('failed')
    expect(load).toHaveBeenCalledTimes(1)
    expect(calls).toEqual([])

    attach(recordingApis(calls))
    expect(calls).toEqual(['success saved', 'confirm sure?', 'error failed'])
    feedback.message.info('later')
    expect(calls).toEqual(['success saved', 'confirm sure?', 'error failed', 'info later'])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again on the next call when loading failed', async () => {
    const calls: string[] = []
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined)
    const { feedback, attach } = createFeedback(load)
    feedback.message.success('first')
    expect(load).toHaveBeenCalledTimes(1)
    await (load.mock.results[0]?.value as Promise<unknown>).catch(() => undefined)
    feedback.message.success('second')
    expect(load).toHaveBeenCalledTimes(2)
    attach(recordingApis(calls))
    expect(calls).toEqual(['success first', 'success second'])
  })
})

function Actions({ onOk }: { onOk(): void }) {
  const { message, modal } = useFeedback()
  return (
    <>
      <button type="button" onClick={() => message.success('设置已保存')}>
        toast
      </button>
      <button type="button" onClick={() => modal.confirm({ title: '确定重置？', onOk })}>
        confirm
      </button>
    </>
  )
}

describe('useFeedback', () => {
  it('shows toasts and confirmations in the console language, with its button settings', async () => {
    const user = userEvent.setup()
    const onOk = vi.fn()
    render(
      <Providers>
        <Actions onOk={onOk} />
      </Providers>,
    )
    await user.click(screen.getByRole('button', { name: 'toast' }))
    expect(await screen.findByText('设置已保存')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'confirm' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('确定重置？')
    // zh-CN labels from the console's locale, without antd's default space between two characters.
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: '确定' }))
    expect(onOk).toHaveBeenCalledTimes(1)
  })

  it('is only available inside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<Actions onOk={() => undefined} />)).toThrow(
      'useFeedback outside FeedbackProvider',
    )
  })
})
