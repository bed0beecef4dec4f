import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error'
import { BulkResults, useBulkRun, type BulkRowResult } from './bulk-run'

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
)

const items = [{ id: 'R1' }, { id: 'R2' }, { id: 'R3' }]
const refused = new ApiError(409, { code: 'CONFLICT', message: 'no', correlationId: 'corr-2' })

describe('useBulkRun', () => {
  it('runs the action over every item in order and collects what happened to each', async () => {
    const { result } = renderHook(() => useBulkRun(), { wrapper })
    const seen: string[] = []
    let done: BulkRowResult[] = []
    await act(async () => {
      done = await result.current.run(items, {
        act: async (item) => {
          seen.push(item.id)
          if (item.id === 'R2') throw refused
        },
        attemptOf: (item) => item.id,
        describe: (error) => (error === refused ? 'Refused' : 'Other'),
      })
    })
    expect(seen).toEqual(['R1', 'R2', 'R3'])
    expect(done).toEqual([
      { id: 'R1', error: null },
      { id: 'R2', error: 'Refused', correlationId: 'corr-2' },
      { id: 'R3', error: null },
    ])
    expect(result.current.results).toEqual(done)
    expect(result.current.running).toBe(false)
    expect(result.current.percent).toBe(100)
  })

  it('sends a retried attempt with the same idempotency key, a different attempt with a new one', async () => {
    const { result } = renderHook(() => useBulkRun(), { wrapper })
    const keys: string[] = []
    const runWith = (version: number) =>
      act(async () => {
        await result.current.run([{ id: 'R1' }], {
          act: async (_, key) => void keys.push(key),
          attemptOf: (item) => `${item.id}:${version}`,
          describe: () => '',
        })
      })
    await runWith(1)
    await runWith(1)
    await runWith(2)
    expect(keys[0]).toBe(keys[1])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('keeps no more than `concurrency` items in flight', async () => {
    const { result } = renderHook(() => useBulkRun(), { wrapper })
    let inFlight = 0
    let most = 0
    await act(async () => {
      await result.current.run([...items, { id: 'R4' }, { id: 'R5' }], {
        act: async () => {
          inFlight += 1
          most = Math.max(most, inFlight)
          await new Promise((resolve) => setTimeout(resolve, 5))
          inFlight -= 1
        },
        attemptOf: (item) => item.id,
        describe: () => '',
        concurrency: 2,
      })
    })
    expect(most).toBe(2)
    expect(result.current.results).toHaveLength(5)
  })
})

describe('BulkResults', () => {
  const results: BulkRowResult[] = [
    { id: 'R1', error: null },
    { id: 'R2', error: 'Refused', correlationId: 'corr-2' },
  ]
  const title = ({ ok, failed }: { ok: number; failed: number }) => `${ok} done, ${failed} failed`

  it('says what happened to every item, with a copyable correlation id for a failure', () => {
    render(
      <BulkResults
        run={{ results, running: false }}
        title={title}
        sentence={(r) => (r.error ? `${r.id} failed: ${r.error}` : `${r.id} done`)}
        correlation={{ label: 'Correlation id', copy: 'Copy', copied: 'Copied' }}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('1 done, 1 failed')
    expect(screen.getAllByTestId('bulk-result').map((li) => li.textContent)).toEqual([
      'R1 done',
      'R2 failed: RefusedCorrelation id',
    ])
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument()
  })

  it('can list only the failures, and shows nothing while the batch runs', () => {
    const { rerender } = render(
      <BulkResults
        run={{ results, running: false }}
        title={title}
        show="failed"
        sentence={(r) => `${r.id}: ${r.error}`}
      />,
    )
    expect(screen.getAllByTestId('bulk-result').map((li) => li.textContent)).toEqual([
      'R2: Refused',
    ])
    rerender(<BulkResults run={{ results, running: true }} title={title} sentence={() => ''} />)
    expect(screen.queryByRole('status')).toBeNull()
  })
})
