// First: everything below, the seed included, runs on the clock API_NOW sets.
import './clock'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { configureBackend, getBackend } from '../backend-instance'
import { warmFacts } from '../handlers/dashboard-facts'
import { handlers } from '../handlers'
import { openFileStore } from './file-storage'
import { createApiServer } from './http-adapter'

// `npm run serve:api`: the mock backend as a server of its own, which every browser (and every
// staff member) shares, with its database in files that outlive the process. For a shared demo
// or a training room; the console points at it with VITE_API_BASE_URL.

const USAGE = `Usage: npm run serve:api -- [--host 127.0.0.1] [--port 8787] [--data .api-data]
                                [--origin https://console.example] [--scale 100000]
  --host, API_HOST        address to listen on (default 127.0.0.1)
  --port, API_PORT        port (default 8787; 0 picks a free one)
  --data, API_DATA        folder of the database files (default .api-data)
  --origin, API_ORIGINS   origins whose pages may call the API, comma separated (default: any)
  --scale, API_SCALE      requests to seed an empty database with (default: the demo's own)
  API_NOW                 start the clock at this ISO time, or 'test' for the suite's fixed now`

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string' },
    origin: { type: 'string' },
    scale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

const host = values.host ?? process.env.API_HOST ?? '127.0.0.1'
const port = Number(values.port ?? process.env.API_PORT ?? 8787)
const folder = resolve(values.data ?? process.env.API_DATA ?? '.api-data')
const origins = (values.origin ?? process.env.API_ORIGINS ?? '*').split(',').map((o) => o.trim())
const scale = Number(values.scale ?? process.env.API_SCALE ?? '') || null
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Not a port: ${values.port ?? process.env.API_PORT}\n\n${USAGE}`)
  process.exit(2)
}

const store = await openFileStore(folder)
// A database stored at another scale is kept: a server re-seeds only when its folder is empty
// (or an admin resets the demo data).
configureBackend({ scale, persist: store })
const backend = await getBackend()
warmFacts(backend)

const server = createApiServer({
  handlers,
  allowedOrigins: origins.includes('*') ? '*' : origins,
})
server.listen(port, host, () => {
  const address = server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  console.log(`API listening on http://${host}:${bound}/api (data in ${folder})`)
})

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  server.close()
  server.closeAllConnections()
  // Every answered write is on disk already; a write in flight waits for its turn to finish.
  await store.lock(async () => undefined)
  await store.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
