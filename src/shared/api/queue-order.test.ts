import { beforeEach, describe, expect, it } from 'vitest'
import { lastQueueOrder, rememberQueueOrder } from './queue-order'

beforeEach(() => sessionStorage.clear())

describe('the queue order kept for "open next"', () => {
  it('is the view, filters and sort last shown, from the first page on', () => {
    rememberQueueOrder('S001', {
      assignee: 'me',
      type: 'cancellation',
      sort: 'id:desc',
      page: 3,
      pageSize: 50,
    })
    expect(lastQueueOrder('S001')).toEqual({
      assignee: 'me',
      type: 'cancellation',
      sort: 'id:desc',
    })
  })

  it('is the latest one shown', () => {
    rememberQueueOrder('S001', { sort: 'id:desc' })
    rememberQueueOrder('S001', { sort: 'receivedAt:asc' })
    expect(lastQueueOrder('S001')).toEqual({ sort: 'receivedAt:asc' })
  })

  it('is nobody else’s: another staff member signed in on the same tab has none', () => {
    rememberQueueOrder('S001', { sort: 'id:desc' })
    expect(lastQueueOrder('S002')).toBeNull()
  })

  it('is none when nothing, or something unreadable, was kept', () => {
    expect(lastQueueOrder('S001')).toBeNull()
    sessionStorage.setItem('pops.queueOrder', '{not json')
    expect(lastQueueOrder('S001')).toBeNull()
  })
})
