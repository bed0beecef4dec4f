// The list handler at 100,000 requests, timed in Node through the same MSW handlers the browser uses;
// with BENCH_API=http://host:port, timed over HTTP against a running `npm run serve:api`.
import { configureBackend, getBackend } from '../mocks/backend-instance'
import { server } from '../mocks/node'

const SCALE = Number(process.env.BENCH_SCALE ?? 100_000)
const RUNS = 30
const QUERIES = [
  'type=cancellation&status=identity_pending,in_review,pending_approval&sort=deadlineAt:asc&page=2&pageSize=50',
  'status=in_review&assignee=S001&sort=receivedAt:desc&pageSize=50',
  'due=overdue&sort=deadlineAt:asc&pageSize=50',
  'q=1234&pageSize=50',
]

const remote = process.env.BENCH_API
const seedStart = performance.now()
if (!remote) {
  configureBackend({ scale: SCALE, persist: false })
  // Unknown routes answer 404 here, so the bench can probe which aggregates exist.
  server.listen({ onUnhandledRequest: 'bypass' })
  await getBackend()
}
const seedMs = performance.now() - seedStart

const base = `${remote ?? 'http://127.0.0.1'}/api`
async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  })
  return ((await response.json()) as { token: string }).token
}
const agentToken = await tokenOf('agent01')

async function time(path: string, token = agentToken): Promise<number> {
  const start = performance.now()
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } })
  await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return performance.now() - start
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN

const list: number[] = []
const perQuery = QUERIES.map(() => [] as number[])
for (let i = 0; i < RUNS; i++) {
  const ms = await time(`/requests?${QUERIES[i % QUERIES.length]}`)
  list.push(ms)
  perQuery[i % QUERIES.length]!.push(ms)
}

// Each role's home-screen aggregate, asked by someone of that role, timed the same way. The first
// call after a start builds the indexes it reads (tens of seconds at a million requests) and the
// calls just after it were slow too (seconds): the first calls are kept apart, and the median is
// of five calls made once every aggregate has been asked for.
const extra: Record<string, number> = {}
const firstCall: Record<string, number> = {}
const ENDPOINTS = [
  ['/requests/counts', 'agent01'],
  ['/dashboard/agent', 'agent01'],
  ['/dashboard/lead', 'lead01'],
  ['/dashboard/compliance', 'compliance01'],
  ['/dashboard/admin', 'admin01'],
] as const
// One sign-in per person, used for both rounds.
const tokens = new Map<string, string>([['agent01', agentToken]])
for (const [, username] of ENDPOINTS)
  if (!tokens.has(username)) tokens.set(username, await tokenOf(username))
for (const [path, username] of ENDPOINTS) firstCall[path] = await time(path, tokens.get(username))
for (const [path, username] of ENDPOINTS) {
  const token = tokens.get(username)
  const runs: number[] = []
  for (let i = 0; i < 5; i++) runs.push(await time(path, token))
  extra[path] = median(runs)
}

if (!remote) server.close()
console.log(
  JSON.stringify({
    scale: SCALE,
    seedMs,
    handlerMedianMs: median(list),
    handlerRuns: RUNS,
    // Which query is slow: the median of each one's runs (the first run of each builds its indexes).
    handlerMedianByQueryMs: Object.fromEntries(QUERIES.map((q, i) => [q, median(perQuery[i]!)])),
    endpoints: extra,
    endpointsFirstCallMs: firstCall,
  }),
)
