// Every project's first setup file: every module below, the seeded backend included, runs on the
// suite's fixed clock.
import { shiftedDate } from './test-clock-install'
import { afterEach, vi } from 'vitest'

afterEach(() => {
  // vi.setSystemTime without fake timers, once undone, leaves the machine's own Date behind.
  if (!vi.isFakeTimers()) globalThis.Date = shiftedDate
})
