import { execSync } from 'node:child_process'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN
const SCALE = 100_000

async function settled(page, view) {
  await page.waitForFunction(
    (v) => {
      const q = document.querySelector('[data-testid="queue"]')
      return (
        q &&
        q.getAttribute('aria-busy') === 'false' &&
        (q.getAttribute('data-view') ?? '').includes(v) &&
        document.querySelector('.ant-table-tbody tr.ant-table-row')
      )
    },
    view,
    { timeout: 120_000 },
  )
}

/** Time from a click to the queue showing the rows of the new view, measured inside the page. */
async function timeClickToRows(page, click, view) {
  await page.evaluate((v) => {
    window.__done = new Promise((resolve) => {
      let t0 = null
      document.addEventListener('click', () => (t0 ??= performance.now()), {
        capture: true,
        once: true,
      })
      const check = () => {
        const q = document.querySelector('[data-testid="queue"]')
        if (
          t0 !== null &&
          q &&
          q.getAttribute('aria-busy') === 'false' &&
          (q.getAttribute('data-view') ?? '').includes(v)
        ) {
          observer.disconnect()
          resolve(performance.now() - t0)
        }
      }
      const observer = new MutationObserver(check)
      observer.observe(document.body, { subtree: true, attributes: true, childList: true })
    })
  }, view)
  await click()
  return page.evaluate(() => window.__done)
}

async function signInUi(page, url, username, search) {
  await page.goto(`${url}/sign-in${search}`)
  await page.getByLabel('用户名').fill(username, { timeout: 180_000 })
  await page.getByLabel('密码').fill('Demo@2026')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByTestId('current-staff').waitFor({ timeout: 180_000 })
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}

export async function measureScale(browser, server, root) {
  const node = JSON.parse(
    execSync('npx tsx bench/handler-bench.ts', { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop(),
  )
  return {
    scale: SCALE,
    nodeSeedMs: node.seedMs,
    handlerMedianMs: node.handlerMedianMs,
    handlerRuns: node.handlerRuns,
    endpoints: node.endpoints,
    endpointsFirstCallMs: node.endpointsFirstCallMs,
    ...(await measureConsole(browser, server.url, `?mockScale=${SCALE}`)),
  }
}

/** Playwright's and the page's own waits throw this when a state does not come in time. */
const isTimeout = (error) =>
  error?.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(error?.message)

/**
 * Runs one measured step. A step that does not reach its state in time is recorded as timed out
 * (in `figures.timeouts`) and the next part of the run goes on: at a scale where one queue page
 * takes minutes, the figures taken before it and the parts after it are still worth having.
 * Anything else is a fault of the bench and ends the run.
 */
async function step(figures, name, work) {
  try {
    await work()
    return true
  } catch (error) {
    if (!isTimeout(error)) throw error
    figures.timeouts.push(`${name}: ${error.message.split('\n')[0]}`)
    return false
  }
}

/**
 * What a person feels at scale, through the console in the browser: a queue filter change, 50
 * pages, each role's home screen. `search` makes the mock backend seed at scale; a console
 * built against a server needs none. Each figure goes into `figures` as soon as it is taken, so
 * a caller whose run fails later still has it; a step that times out is recorded as such.
 */
export async function measureConsole(browser, url, search = '', figures = {}) {
  figures.timeouts ??= []
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  try {
    const page = await context.newPage()
    const opened = await step(figures, 'sign in and open the queue', async () => {
      await signInUi(page, url, 'agent01', search)
      await page.goto(`${url}/queue?tab=all${search.replace('?', '&')}`)
      await settled(page, 'tab=all')
    })
    if (!opened) return figures

    const filterTimes = []
    for (const [value, label] of [
      ['deletion', '删除个人信息'],
      ['copy', '个人信息副本'],
      ['cancellation', '账号注销'],
      ['access', '访问'],
      ['correction', '更正'],
    ]) {
      const shown = await step(figures, `filter type=${value}`, async () => {
        await page.getByRole('combobox', { name: '类型', exact: true }).click()
        const option = page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
          .filter({ hasText: label })
          .first()
        await option.waitFor()
        filterTimes.push(await timeClickToRows(page, () => option.click(), `type=${value}`))
        figures.filterToRowsMs = median(filterTimes)
        figures.filterRuns = filterTimes.length
      })
      if (!shown) break
    }

    const paged = await step(figures, 'clear the filters', async () => {
      await page.getByRole('button', { name: '清除筛选' }).click()
      await settled(page, 'tab=all')
      figures.heapAfterFirstPage = (await heapMb(page)) * 1024 * 1024
    })
    figures.pagesShown = 0
    for (let p = 2; paged && p <= 51; p++) {
      const shown = await step(figures, `queue page ${p}`, async () => {
        await page.locator('.ant-pagination-next button, li.ant-pagination-next').first().click()
        await settled(page, `page=${p}`)
      })
      if (!shown) break
      figures.pagesShown = p - 1
      // Halfway as well as at the end: a heap that grows page by page shows in the two.
      if (p === 26) figures.heapAfter25Pages = (await heapMb(page)) * 1024 * 1024
      if (p === 51) figures.heapAfter50Pages = (await heapMb(page)) * 1024 * 1024
    }
    if (paged && figures.pagesShown < 50)
      figures.heapAfterLastPage = (await heapMb(page)) * 1024 * 1024

    // Home screens: reached without reloading, as a person moves through the console. Leads,
    // compliance and admins land there after signing in; agents land on their queue and click 工作台.
    figures.homeScreens = {}
    const homeReady = () =>
      page.waitForFunction(
        () => {
          const main = document.querySelector('#main')
          return (
            main &&
            location.pathname === '/workbench' &&
            main.querySelector('h1') &&
            !main.querySelector(
              '.ant-spin-spinning, .ant-skeleton-active, .ant-card-loading, [aria-busy="true"]',
            )
          )
        },
        null,
        { timeout: 60_000 },
      )
    for (const username of ['agent01', 'lead01', 'compliance01', 'admin01']) {
      // A home screen that timed out leaves the page wherever it was: start each from sign-in.
      const shown = await step(figures, `${username} home screen`, async () => {
        if (await page.getByRole('button', { name: '退出登录' }).isVisible())
          await page.getByRole('button', { name: '退出登录' }).click()
        else await page.goto(`${url}/sign-in${search}`)
        await page.getByLabel('用户名').fill(username)
        await page.getByLabel('密码').fill('Demo@2026')
        let start = Date.now()
        await page.getByRole('button', { name: '登录' }).click()
        if (username === 'agent01') {
          await settled(page, 'tab=mine')
          start = Date.now()
          await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click()
        }
        await homeReady()
        figures.homeScreens[username] = Date.now() - start
      })
      if (!shown) figures.homeScreens[username] = null
    }
    return figures
  } finally {
    await context.close()
  }
}
