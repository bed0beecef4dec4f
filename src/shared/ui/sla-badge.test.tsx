import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RequestStatus } from '../api/enums'
import { SlaBadge } from './sla-badge'

const request = (status: RequestStatus, deadlineAt: string | null) => ({
  status,
  targetAt: null,
  deadlineAt,
  calendarProvisional: false,
})

describe('SlaBadge', () => {
  it.each([
    ['a finished request', request('completed', '2026-03-02T16:00:00.000Z'), '已结束'],
    ['a request whose clock has not started', request('in_review', null), '未起算'],
    [
      'a running clock before the calendar came',
      request('in_review', '2026-03-02T16:00:00.000Z'),
      '…',
    ],
  ])('reads the state of %s from the request', (_, r, text) => {
    render(<SlaBadge request={r} calendar={null} />)
    expect(screen.getByText(text)).toBeInTheDocument()
  })
})
