// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MOCK_CLOCK_HEADER } from './worker-file'

// The service worker's clock follows the pages it serves: a test's fake clock reaches pages only.
const RealDate = Date
afterEach(() => {
  globalThis.Date = RealDate
})

const request = (clock?: string) =>
  new Request('http://console.test/api/session', {
    headers: clock === undefined ? {} : { [MOCK_CLOCK_HEADER]: clock },
  })

describe('the mock worker’s clock', () => {
  it('is the clock of the page that asked last, running on from there', async () => {
    vi.resetModules()
    const { followPageClock } = await import('./page-clock')
    // Not the suite's own now (2026-11-20), which the worker's clock would show unmoved.
    followPageClock(request(String(Date.parse('2026-10-08T09:00:00+08:00'))))
    expect(new Date().toISOString().slice(0, 16)).toBe('2026-10-08T01:00')
    // The page's clock jumped three days (a test's fastForward).
    followPageClock(request(String(Date.parse('2026-11-23T10:00:00+08:00'))))
    expect(new Date(Date.now()).toISOString().slice(0, 16)).toBe('2026-11-23T02:00')
  })

  it('stays where it was for a request without the page’s clock or with a bad one', async () => {
    vi.resetModules()
    const { followPageClock } = await import('./page-clock')
    followPageClock(request(String(Date.parse('2026-10-08T09:00:00+08:00'))))
    for (const bad of [undefined, '', 'soon', '-5', 'Infinity']) followPageClock(request(bad))
    expect(new Date().toISOString().slice(0, 13)).toBe('2026-10-08T01')
  })

  it('never runs back by the moment an overlapping request was sent earlier', async () => {
    vi.resetModules()
    const { followPageClock } = await import('./page-clock')
    const at = Date.parse('2026-10-08T09:00:00+08:00')
    followPageClock(request(String(at)))
    // A request whose page read its clock 300 ms before the worker's now: the worker keeps its own.
    followPageClock(request(String(at - 300)))
    expect(Date.now()).toBeGreaterThanOrEqual(at)
    // A clock a minute behind is another clock (a test moved it): the worker takes it.
    followPageClock(request(String(at - 60_000)))
    expect(Date.now()).toBeLessThan(at)
  })
})
