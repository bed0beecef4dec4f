import { installMovableDate, installShiftedDate } from './test-now'

// Written down here rather than imported: the suite must be on this clock whatever the machine says.
const override = import.meta.env.TEST_NOW as string | undefined
const EXPECTED_START = Date.parse(override || '2026-11-20T10:00:00+08:00')
const TEN_MINUTES = 10 * 60_000

describe('the suite clock', () => {
  it('starts every test file at the fixed now, not the machine date', () => {
    const elapsed = Date.now() - EXPECTED_START
    expect(elapsed).toBeGreaterThanOrEqual(0)
    expect(elapsed).toBeLessThan(TEN_MINUTES)
    expect(new Date().getTime() - EXPECTED_START).toBeLessThan(TEN_MINUTES)
  })

  it('keeps running, so code that measures elapsed time sees it pass', async () => {
    const first = Date.now()
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(first), {
      timeout: 5_000,
      interval: 5,
    })
  })

  it('leaves dates built from a value, parsing and Date() as a function working', () => {
    const target = { Date } as unknown as typeof globalThis
    const Shifted = installShiftedDate(Date.UTC(2030, 0, 2, 3, 4, 5), target)
    expect(new Shifted(0).toISOString()).toBe('1970-01-01T00:00:00.000Z')
    expect(new Shifted('2026-01-01T00:00:00Z').getTime()).toBe(1_767_225_600_000)
    expect(new Shifted(2026, 0, 1).getFullYear()).toBe(2026)
    expect(new Shifted().toISOString().slice(0, 15)).toBe('2030-01-02T03:0')
    expect(new Shifted()).toBeInstanceOf(Date)
    expect(Shifted.parse('2000-01-01T00:00:00Z')).toBe(946_684_800_000)
    expect((Shifted as unknown as () => string)()).toContain('2030')
    expect(target.Date).toBe(Shifted)
  })

  it('moves to each instant it is given, and runs on from the last', async () => {
    const target = { Date } as unknown as typeof globalThis
    const { Date: Moved, moveTo } = installMovableDate(target)
    moveTo(Date.UTC(2026, 10, 20, 2))
    expect(new Moved().toISOString().slice(0, 16)).toBe('2026-11-20T02:00')
    moveTo(Date.UTC(2026, 10, 23, 5, 30))
    expect(new Moved().toISOString().slice(0, 16)).toBe('2026-11-23T05:30')
    const later = Moved.now()
    await vi.waitFor(() => expect(Moved.now()).toBeGreaterThan(later), { interval: 5 })
    moveTo(Date.UTC(2026, 10, 1))
    expect(new Moved().toISOString().slice(0, 10)).toBe('2026-11-01')
    expect(target.Date).toBe(Moved)
  })

  it('survives fake timers being installed and removed in a test', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-05-05T00:00:00Z'))
    expect(new Date().toISOString()).toBe('2030-05-05T00:00:00.000Z')
    vi.useRealTimers()
    expect(Date.now() - EXPECTED_START).toBeLessThan(TEN_MINUTES)
  })
})
