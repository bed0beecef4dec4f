import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EventTimeline } from './event-timeline'

const events = [
  { action: 'created', by: 'Wang', at: '03-01', note: null },
  { action: 'closed', by: 'Li', at: '03-02', note: 'done' },
]

describe('EventTimeline', () => {
  it('lists the events newest first, each with what, then who and when, then its details', () => {
    render(
      <EventTimeline
        events={events}
        what={(e) => e.action}
        byline={(e) => `${e.by} · ${e.at}`}
        details={(e) => e.note && <div>{e.note}</div>}
      />,
    )
    expect(screen.getAllByTestId('timeline-event').map((row) => row.textContent)).toEqual([
      'closed Li · 03-02done',
      'created Wang · 03-01',
    ])
    expect(screen.getByText('closed').closest('strong')).not.toBeNull()
  })

  it('shows nothing for a record without events', () => {
    render(<EventTimeline events={[]} what={() => 'x'} byline={() => 'y'} details={() => null} />)
    expect(screen.queryAllByTestId('timeline-event')).toEqual([])
  })
})
