import { MOCK_CLOCK_HEADER, MOCK_WORKER, type StartMessage, type StartReply } from './worker-file'

// The page's side of the in-browser mock backend, which runs in the console's service worker
// (mocks/service-worker.ts): this registers the worker, waits until it serves the page, and sends
// the page's clock with every API request.

// Shown before the page has a language or a signed-in admin, hence both languages at once.
const RESEED_QUESTION =
  '此链接要求以另一规模重新生成演示数据：现有的模拟数据库（请求、披露台账、审计日志）将被替换。替换会记入新的审计日志。确定吗？\n\n' +
  'This link asks to re-seed the demo data at another scale: the stored mock database (requests, ledger, audit log) will be replaced. The replacement is recorded in the new audit log. Continue?'

let started: Promise<void> | undefined

/**
 * Resolves once the page's API requests reach the mock backend; `?mockScale=100000` (or
 * VITE_MOCK_SCALE) seeds that many requests. A stored database is replaced by one at another scale
 * only on the development server or once confirmed.
 */
export function startMockBackend(): Promise<void> {
  started ??= (async () => {
    sendPageClock()
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${MOCK_WORKER}`, {
      scope: import.meta.env.BASE_URL,
    })
    const worker = await served()
    const scale = requestedScale()
    if (scale === null) return
    if ((await ask(worker, { type: 'start', scale, confirmed: false })).unconfirmed)
      if (window.confirm(RESEED_QUESTION))
        await ask(worker, { type: 'start', scale, confirmed: true })
  })()
  return started
}

function requestedScale(): number | null {
  const raw =
    new URLSearchParams(window.location.search).get('mockScale') ?? import.meta.env.VITE_MOCK_SCALE
  const scale = raw ? Number(raw) : NaN
  return Number.isFinite(scale) ? scale : null
}

const ours = (worker: ServiceWorker | null | undefined): worker is ServiceWorker =>
  !!worker?.scriptURL.endsWith(`/${MOCK_WORKER}`)

/**
 * The mock's worker once it serves this page: at once after the first page load of the browser
 * profile; on that first load once the worker has started and taken the page up.
 */
function served(): Promise<ServiceWorker> {
  const { serviceWorker } = navigator
  if (ours(serviceWorker.controller)) return Promise.resolve(serviceWorker.controller)
  return new Promise((resolve) => {
    const check = () => {
      if (!ours(serviceWorker.controller)) return
      serviceWorker.removeEventListener('controllerchange', check)
      resolve(serviceWorker.controller)
    }
    serviceWorker.addEventListener('controllerchange', check)
    // A page the browser loaded past a running worker (a forced reload) asks to be taken up.
    void serviceWorker.ready.then((registration) => registration.active?.postMessage('claim'))
  })
}

function ask(worker: ServiceWorker, message: StartMessage): Promise<StartReply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event) => resolve(event.data as StartReply)
    worker.postMessage(message, [channel.port2])
  })
}

/** Adds the page's "now" to every API request of the page (see page-clock.ts). */
function sendPageClock(): void {
  const pageFetch = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
    if (url.origin !== window.location.origin || !url.pathname.startsWith('/api/'))
      return pageFetch(input, init)
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : {}))
    headers.set(MOCK_CLOCK_HEADER, String(Date.now()))
    return pageFetch(input, { ...init, headers })
  }
}
