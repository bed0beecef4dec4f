// The list handler at 100,000 requests, timed in Node through the same MSW handlers the browser uses.
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

configureBackend({ scale: SCALE, persist: false })
// Unknown routes answer 404 here, so the bench can probe which aggregates exist.
server.listen({ onUnhandledRequest: 'bypass' })
const seedStart = performance.now()
await getBackend()
const seedMs = performance.now() - seedStart

const base = 'http://127.0.0.1/api'
const session = await (
  await fetch(`${base}/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'agent01', password: 'Demo@2026' }) })
).json()
const headers = { Authorization: `Bearer ${session.token}` }

async function time(path: string): Promise<number> {
  const start = performance.now()
  const response = await fetch(`${base}${path}`, { headers })
  await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return performance.now() - start
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN

const list: number[] = []
for (let i = 0; i < RUNS; i++) list.push(await time(`/requests?${QUERIES[i % QUERIES.length]}`))

// Whatever home-screen aggregates exist are timed the same way.
const extra: Record<string, number> = {}
for (const path of ['/requests/counts', '/dashboard/agent', '/dashboard/lead', '/dashboard/compliance', '/dashboard/admin']) {
  const probe = await fetch(`${base}${path}`, { headers }).catch(() => null)
  if (!probe || !probe.ok) continue
  const runs: number[] = []
  for (let i = 0; i < 5; i++) runs.push(await time(path).catch(() => NaN))
  extra[path] = median(runs)
}

server.close()
console.log(JSON.stringify({ scale: SCALE, seedMs, handlerMedianMs: median(list), handlerRuns: RUNS, endpoints: extra }))
