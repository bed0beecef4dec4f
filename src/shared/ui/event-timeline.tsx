import { Timeline, Typography } from 'antd'
import type { ReactNode } from 'react'

interface EventTimelineProps<E> {
  /** Oldest first, as a record keeps them; shown newest first. */
  events: readonly E[]
  /** What happened, in bold. */
  what(event: E): ReactNode
  /** Who and when, after it. */
  byline(event: E): ReactNode
  /** Anything more about the event, under it. */
  details(event: E): ReactNode
}

/** A record's history, newest first: each event says what happened, then who and when. */
export function EventTimeline<E>({ events, what, byline, details }: EventTimelineProps<E>) {
  return (
    <Timeline
      items={[...events].reverse().map((e, i) => ({
        key: i,
        content: (
          <div data-testid="timeline-event">
            <Typography.Text strong>{what(e)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{byline(e)}</Typography.Text>
            {details(e)}
          </div>
        ),
      }))}
    />
  )
}
