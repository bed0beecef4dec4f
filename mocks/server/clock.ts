import { installShiftedDate, TEST_NOW_MS } from '../../src/test/test-now'

// Imported first by serve-api.ts, before any module that reads the date as it loads (the seed).
// API_NOW starts the server's clock at another instant and lets it run on from there: an ISO
// timestamp with an offset, or `test` for the suite's fixed now, so tests that start a server
// never depend on the machine's date.
const raw = process.env.API_NOW?.trim()
if (raw) {
  const ms = raw === 'test' ? TEST_NOW_MS : Date.parse(raw)
  if (Number.isNaN(ms))
    throw new Error(`API_NOW must be an ISO timestamp with an offset, or "test"; got "${raw}"`)
  installShiftedDate(ms)
}
