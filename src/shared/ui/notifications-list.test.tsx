import { render, screen } from '@testing-library/react'
import { List } from 'antd'
import { describe, expect, it } from 'vitest'
import { NotificationItem } from './notifications-list'

const sms = {
  id: 'N1',
  channel: 'sms' as const,
  to: '138****0000',
  at: '2026-03-02T09:05:00+08:00',
  text: 'Your request was received.\nReply within 15 days.',
}

describe('NotificationItem', () => {
  it('shows the channel, what it was about, the recipient, the time and the exact text', () => {
    render(
      <List>
        <NotificationItem
          notification={sms}
          channel="SMS"
          recipient="to 138****0000"
          tags={<a href="/requests/R1">R1</a>}
          about="Access"
          testId="notice"
        />
      </List>,
    )
    const item = screen.getByTestId('notice')
    expect(item).toHaveTextContent('SMS')
    expect(screen.getByRole('link', { name: 'R1' })).toBeInTheDocument()
    expect(
      screen.getByText(/^Access · to 138\*\*\*\*0000 · 2026-03-02 \d\d:05$/),
    ).toBeInTheDocument()
    expect(item.querySelector('.pre-wrap')?.textContent).toBe(sms.text)
  })

  it('starts with the recipient when there is nothing it was about', () => {
    render(
      <List>
        <NotificationItem notification={sms} channel="SMS" recipient="to the app" testId="n" />
      </List>,
    )
    expect(screen.getByText(/^to the app · 2026-03-02 \d\d:05$/)).toBeInTheDocument()
  })
})
