// Part of `npm run bench` (alone: BENCH_ONLY=server npm run bench): the backend as a server process
// (`npm run serve:api`) seeded with BENCH_SERVER_SCALE requests (1,000,000 by default) in a
// temporary data folder, and the console built against it, measured through the browser.
//
// At a million requests each part takes minutes on a busy machine, so every figure is kept as soon
// as it is taken: a part that fails or times out is recorded as such in `timeouts` (or `error`)
// and the figures before it are still returned and printed.
//
// BENCH_SERVER_DATA=<folder> keeps the database in that folder instead of a temporary one: the
// first run seeds it, later runs at the same scale load it (`seedMs` is then the time to load and
// listen, and `loaded` says so).
import { spawn, execSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureConsole } from './scale.mjs'
import { serveStatic } from './serve.mjs'

/** How long the API server may take to seed (or load) and listen before the run gives up. */
const LISTEN_LIMIT_MS = Number(process.env.BENCH_SERVER_LISTEN_LIMIT_MS ?? 90 * 60_000)
/** How long the handler timings over HTTP may take. */
const HANDLERS_LIMIT_MS = Number(process.env.BENCH_SERVER_HANDLERS_LIMIT_MS ?? 30 * 60_000)

/** Starts serve:api seeded at `scale` and resolves once it listens, with how long that took. */
function startApi(root, scale, port) {
  const kept = process.env.BENCH_SERVER_DATA
  const data = kept ?? mkdtempSync(join(tmpdir(), 'bench-api-'))
  const loaded = Boolean(kept) && existsSync(join(data, 'snapshot.jsonl'))
  const started = Date.now()
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=12000',
      '--import',
      'tsx',
      'mocks/server/serve-api.ts',
      '--port',
      String(port),
      '--data',
      data,
      '--scale',
      String(scale),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    if (!kept) rmSync(data, { recursive: true, force: true })
  }
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => {
      void stop()
      reject(new Error(`serve:api did not listen within ${LISTEN_LIMIT_MS / 60_000} min`))
    }, LISTEN_LIMIT_MS)
    child.once('exit', (code) => {
      clearTimeout(limit)
      reject(new Error(`serve:api exited with ${code}`))
    })
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('API listening')) {
        clearTimeout(limit)
        resolve({
          url: `http://127.0.0.1:${port}`,
          seedMs: Date.now() - started,
          loaded,
          stop,
          pid: child.pid,
        })
      }
    })
  })
}

/** Resident memory of the server process now and at its peak (VmHWM), in MB. */
function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1])
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

/** The list handler and each role's home-screen aggregate, timed over HTTP (bench/handler-bench.ts). */
function timeHandlers(root, api, scale) {
  const out = execSync('npx tsx bench/handler-bench.ts', {
    cwd: root,
    encoding: 'utf8',
    timeout: HANDLERS_LIMIT_MS,
    env: { ...process.env, BENCH_API: api, BENCH_SCALE: String(scale) },
  })
  return JSON.parse(out.trim().split('\n').pop())
}

export async function measureServer(browser, root) {
  const scale = Number(process.env.BENCH_SERVER_SCALE ?? 1_000_000)
  const figures = { scale, timeouts: [] }
  console.log(`Seeding serve:api with ${scale.toLocaleString('en')} requests…`)
  let api
  try {
    api = await startApi(root, scale, Number(process.env.BENCH_API_PORT ?? 8817))
  } catch (error) {
    figures.error = error.message
    return figures
  }
  figures.seedMs = api.seedMs
  figures.loaded = api.loaded
  const listening = residentMb(api.pid)
  figures.serverRssMb = listening.now
  figures.serverPeakRssMb = listening.peak
  console.log(`serve:api listening after ${(api.seedMs / 1000).toFixed(0)} s`)
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'))
  try {
    execSync(`npx vite build --outDir ${dist} --emptyOutDir --logLevel warn`, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_API_BASE_URL: api.url },
    })
    const site = await serveStatic(dist, 0)
    try {
      try {
        const handlers = timeHandlers(root, api.url, scale)
        figures.handlerMedianMs = handlers.handlerMedianMs
        figures.handlerRuns = handlers.handlerRuns
        figures.endpoints = handlers.endpoints
        figures.endpointsFirstCallMs = handlers.endpointsFirstCallMs
      } catch (error) {
        // A timed-out child is killed and reported with its signal; either way the browser's
        // figures are still to be taken.
        figures.timeouts.push(`handler timings: ${error.signal ?? error.message.split('\n')[0]}`)
      }
      await measureConsole(browser, site.url, '', figures)
    } finally {
      await site.close()
    }
    figures.serverRssAfterMb = residentMb(api.pid).now
  } catch (error) {
    figures.error = error.message.split('\n')[0]
  } finally {
    rmSync(dist, { recursive: true, force: true })
    await api.stop()
  }
  return figures
}
