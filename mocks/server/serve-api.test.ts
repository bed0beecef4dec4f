// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { server as inProcess } from '../node'

// `npm run serve:api` as a process of its own, killed without warning: what it answered before
// is there when it starts again.

// The suite's setup answers fetch in-process with the same handlers: these requests must reach
// the server process instead.
beforeAll(() => inProcess.close())

let folder: string
const running = new Set<ChildProcess>()

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'api-data-'))
})
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL')
  await rm(folder, { recursive: true, force: true })
})

async function startServer(): Promise<{ child: ChildProcess; api: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server/serve-api.ts', '--port', '0', '--data', folder],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, API_NOW: 'test' } },
  )
  running.add(child)
  const api = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const listening = out.match(/API listening on (http:\/\/\S+\/api)/)
      if (listening) resolve(listening[1]!)
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)))
  })
  return { child, api }
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
  running.delete(child)
}

async function json<T>(api: string, path: string, token: string | null, init: RequestInit = {}) {
  const response = await fetch(`${api}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  })
  return { status: response.status, body: (await response.json()) as T }
}

async function tokenOf(api: string, username: string): Promise<string> {
  const r = await json<{ token: string }>(api, '/session', null, {
    method: 'POST',
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  })
  return r.body.token
}

describe('npm run serve:api', () => {
  it('keeps every answered change, with its audit event, when the process is killed', async () => {
    const first = await startServer()
    const lead = await tokenOf(first.api, 'lead01')
    const compliance = await tokenOf(first.api, 'compliance01')
    const list = await json<{ items: { id: string; version: number }[] }>(
      first.api,
      '/requests?status=in_review&pageSize=1',
      lead,
    )
    const { id, version } = list.body.items[0]!
    const auditedBefore = await json<{ total: number }>(
      first.api,
      `/audit-events?target=${id}&pageSize=1`,
      compliance,
    )
    const noted = await json<{ version: number }>(first.api, `/requests/${id}/notes`, lead, {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': String(version) },
      body: JSON.stringify({ text: '进程被强制结束前写下的备注' }),
    })
    expect(noted.status).toBeLessThan(300)
    await kill(first.child)

    const second = await startServer()
    // Sessions are data too: the staff member stays signed in across the restart.
    const detail = await json<{ version: number; notes: { text: string }[] }>(
      second.api,
      `/requests/${id}`,
      lead,
    )
    expect(detail.status).toBe(200)
    expect(detail.body.version).toBe(version + 1)
    expect(detail.body.notes.map((n) => n.text)).toContain('进程被强制结束前写下的备注')
    const auditedAfter = await json<{ total: number }>(
      second.api,
      `/audit-events?target=${id}&pageSize=1`,
      compliance,
    )
    expect(auditedAfter.body.total).toBe(auditedBefore.body.total + 1)
    await kill(second.child)
  })
})
