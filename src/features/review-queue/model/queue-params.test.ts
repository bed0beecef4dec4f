import { describe, expect, it } from 'vitest'
import { listParams, queueViewNamedBy, readQueueView } from './queue-params'

const paramsOf = (search: string) => listParams(readQueueView(new URLSearchParams(search), 'agent'))

describe("the queue's tabs ask the server", () => {
  it('for what the caller can act on now in 我的待办, and what waits on others in its own tab', () => {
    expect(paramsOf('tab=mine')).toMatchObject({ waitingOn: 'me', finished: 'false' })
    expect(paramsOf('tab=waiting')).toMatchObject({ waitingOn: 'others', finished: 'false' })
    expect(paramsOf('tab=mine')).not.toHaveProperty('assignee')
  })

  it('without finished requests unless the filter or a finished status asks for them', () => {
    expect(paramsOf('tab=all')).toMatchObject({ finished: 'false' })
    expect(paramsOf('tab=all&finished=include')).not.toHaveProperty('finished')
    expect(paramsOf('tab=all&finished=only')).toMatchObject({ finished: 'true' })
    expect(paramsOf('tab=all&status=completed')).not.toHaveProperty('finished')
    expect(paramsOf('tab=all&status=in_review')).toMatchObject({
      status: 'in_review',
      finished: 'false',
    })
  })

  it('ignores a finished filter it does not know', () => {
    expect(paramsOf('tab=all&finished=maybe')).toMatchObject({ finished: 'false' })
  })
})

describe('a queue URL that names its tab', () => {
  const named = (search: string) => {
    const view = queueViewNamedBy(new URLSearchParams(search))
    return view && listParams(view)
  }

  it('names the whole page, whoever opens it', () => {
    expect(named('tab=unassigned&status=in_review&page=3')).toEqual({
      assignee: 'none',
      status: 'in_review',
      finished: 'false',
      page: 3,
      pageSize: 20,
    })
    expect(named('tab=mine')).toEqual({ waitingOn: 'me', finished: 'false', page: 1, pageSize: 20 })
  })

  it('and one that names no tab, or a tab there is not, names nothing: its default is the role’s', () => {
    expect(named('status=in_review')).toBeNull()
    expect(named('tab=everything')).toBeNull()
  })
})
