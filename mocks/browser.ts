import { configureBackend, getBackend } from './backend-instance'
import { warmFacts } from './handlers/dashboard-facts'
import { handlers } from './handlers'
import { startWorker } from './browser-worker'

// Shown before the page has a language or a signed-in admin, hence both languages at once.
const RESEED_QUESTION =
  '此链接要求以另一规模重新生成演示数据：现有的模拟数据库（请求、披露台账、审计日志）将被替换。替换会记入新的审计日志。确定吗？\n\n' +
  'This link asks to re-seed the demo data at another scale: the stored mock database (requests, ledger, audit log) will be replaced. The replacement is recorded in the new audit log. Continue?'

/**
 * Starts the mock backend in this tab; `?mockScale=100000` seeds that many requests. A stored
 * database is replaced by one at another scale only on the dev server or once confirmed.
 */
export async function startMockBackend(scale: number | null): Promise<void> {
  configureBackend({
    scale,
    persist: true,
    confirmReseed: () => import.meta.env.DEV || window.confirm(RESEED_QUESTION),
  })
  // The database opens (or is seeded) while the page draws and the person signs in; the first
  // request waits for it (and reports it if it fails). Then the home screens' per-request facts
  // are derived in the background.
  void getBackend().then(warmFacts, () => undefined)
  // Started by the early script as the page loaded (or now, on the sign-in page): it mocks nothing
  // until the handlers are added.
  const worker = await startWorker()
  worker.use(...handlers)
}
