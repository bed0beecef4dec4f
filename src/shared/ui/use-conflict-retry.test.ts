import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useConflictRetry } from './use-conflict-retry'

interface Doc {
  version: number
  title: string
}

class Stale extends Error {
  constructor(readonly current: Doc) {
    super('stale')
  }
}

const conflictOf = (error: unknown) => (error instanceof Stale ? error.current : null)
const seen: Doc = { version: 3, title: 'seen' }
const latest: Doc = { version: 5, title: 'latest' }

function setup(send: (action: string, version: number) => Promise<unknown>) {
  return renderHook(() => useConflictRetry<Doc, string>(send, conflictOf))
}

describe('useConflictRetry', () => {
  it('sends the version the person saw and answers with what the action answered', async () => {
    const send = vi.fn().mockResolvedValue('saved')
    const { result } = setup(send)
    let answer: unknown
    await act(async () => {
      answer = await result.current.attempt('rename', seen)
    })
    expect(send).toHaveBeenCalledWith('rename', 3)
    expect(answer).toBe('saved')
    expect(result.current.pending).toBeNull()
  })

  it('passes on a failure that is not a conflict', async () => {
    const { result } = setup(vi.fn().mockRejectedValue(new Error('offline')))
    await expect(result.current.attempt('rename', seen)).rejects.toThrow('offline')
    expect(result.current.pending).toBeNull()
  })

  it('holds a conflicting action, then reapplies it on the latest version', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Stale(latest)).mockResolvedValueOnce('saved')
    const { result } = setup(send)
    let answer: Promise<unknown> = Promise.resolve('unset')
    await act(async () => {
      answer = result.current.attempt('rename', seen)
      await Promise.resolve()
    })
    expect(result.current.pending).toMatchObject({ seen, current: latest, action: 'rename' })

    await act(async () => {
      result.current.reapply()
      await answer
    })
    expect(send).toHaveBeenLastCalledWith('rename', 5)
    expect(await answer).toBe('saved')
    expect(result.current.pending).toBeNull()
  })

  it('answers null when the person discards the conflicting action', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Stale(latest))
    const { result } = setup(send)
    let answer: Promise<unknown> = Promise.resolve('unset')
    await act(async () => {
      answer = result.current.attempt('rename', seen)
      await Promise.resolve()
    })
    act(() => result.current.discard())
    expect(await answer).toBeNull()
    expect(send).toHaveBeenCalledTimes(1)
    expect(result.current.pending).toBeNull()
  })

  it('answers null when the reapplied action fails', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Stale(latest))
      .mockRejectedValueOnce(new Error('refused'))
    const { result } = setup(send)
    let answer: Promise<unknown> = Promise.resolve('unset')
    await act(async () => {
      answer = result.current.attempt('rename', seen)
      await Promise.resolve()
    })
    await act(async () => {
      result.current.reapply()
      await answer
    })
    expect(await answer).toBeNull()
  })
})
