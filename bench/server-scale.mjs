// Part of `npm run bench` (alone: BENCH_ONLY=server npm run bench): the backend as a server process
// (`npm run serve:api`) seeded with BENCH_SERVER_SCALE requests (1,000,000 by default) in a
// temporary data folder, and the console built against it, measured through the browser.
import { spawn, execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureConsole } from './scale.mjs'
import { serveStatic } from './serve.mjs'

/** Starts serve:api seeded at `scale` and resolves once it listens, with how long seeding took. */
function startApi(root, scale, port) {
  const data = mkdtempSync(join(tmpdir(), 'bench-api-'))
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
    rmSync(data, { recursive: true, force: true })
  }
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve:api exited with ${code}`)))
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('API listening'))
        resolve({
          url: `http://127.0.0.1:${port}`,
          seedMs: Date.now() - started,
          stop,
          pid: child.pid,
        })
    })
  })
}

/** Resident memory of the server process, in MB. */
function rssMb(pid) {
  return Number(execSync(`ps -o rss= -p ${pid}`, { encoding: 'utf8' }).trim()) / 1024
}

/** The list handler and each role's home-screen aggregate, timed over HTTP (bench/handler-bench.ts). */
function timeHandlers(root, api, scale) {
  const out = execSync('npx tsx bench/handler-bench.ts', {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_API: api, BENCH_SCALE: String(scale) },
  })
  return JSON.parse(out.trim().split('\n').pop())
}

export async function measureServer(browser, root) {
  const scale = Number(process.env.BENCH_SERVER_SCALE ?? 1_000_000)
  console.log(`Seeding serve:api with ${scale.toLocaleString('en')} requests…`)
  const api = await startApi(root, scale, Number(process.env.BENCH_API_PORT ?? 8817))
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'))
  try {
    execSync(`npx vite build --outDir ${dist} --emptyOutDir --logLevel warn`, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_API_BASE_URL: api.url },
    })
    const site = await serveStatic(dist, 0)
    try {
      const handlers = timeHandlers(root, api.url, scale)
      const inBrowser = await measureConsole(browser, site.url)
      return {
        scale,
        seedMs: api.seedMs,
        serverRssMb: rssMb(api.pid),
        handlerMedianMs: handlers.handlerMedianMs,
        handlerRuns: handlers.handlerRuns,
        endpoints: handlers.endpoints,
        ...inBrowser,
      }
    } finally {
      await site.close()
    }
  } finally {
    rmSync(dist, { recursive: true, force: true })
    await api.stop()
  }
}
