import { api, expect, queueSettled, sessionToken, signIn, test } from './fixtures'

// The mock backend runs in the console's service worker and outlives a page load.

test('a page load finds the backend running in the worker: it loads none of the backend’s code, and the worker answers @mock', async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=mine')
  await queueSettled(page, 'tab=mine')
  const scripts: Promise<string>[] = []
  const answers: boolean[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text())
    if (new URL(response.url()).pathname.startsWith('/api/'))
      answers.push(response.fromServiceWorker())
  })
  await page.reload()
  await queueSettled(page, 'tab=mine')
  expect(answers.length).toBeGreaterThan(0)
  expect(answers.every(Boolean)).toBe(true)
  // The name of the backend's stored database is in its storage code, which a page that started a
  // backend of its own loaded on every page load.
  const loaded = await Promise.all(scripts)
  expect(loaded.length).toBeGreaterThan(0)
  expect(loaded.filter((code) => code.includes('mock-privacy-console'))).toEqual([])
})

test('a forced reload, which the browser loads past the worker, still reaches the backend @mock', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01', '/queue?tab=mine')
  await queueSettled(page, 'tab=mine')
  const cdp = await context.newCDPSession(page)
  // What Ctrl+Shift+R does: the page is loaded without its service worker.
  await cdp.send('Page.reload', { ignoreCache: true })
  await queueSettled(page, 'tab=mine')
  await expect(page.getByTestId('current-staff')).toContainText('客服小李')
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/mock-backend-worker\.js$/,
  )
})

test('a link at another scale replaces the stored demo data only once someone agrees @mock', async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=mine')
  await queueSettled(page, 'tab=mine')
  const total = async () => {
    const token = await sessionToken(page, 'agent01')
    return (await api<{ total: number }>(page, '/requests?pageSize=20', { token })).body.total
  }
  const seeded = await total()
  expect(seeded).toBeLessThan(3000)

  const questions: string[] = []
  page.once('dialog', (dialog) => {
    questions.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/queue?tab=mine&mockScale=3000')
  await queueSettled(page, 'tab=mine')
  expect(questions).toEqual([expect.stringContaining('以另一规模重新生成演示数据')])
  expect(await total()).toBe(seeded)

  page.once('dialog', (dialog) => {
    questions.push(dialog.message())
    void dialog.accept()
  })
  await page.goto('/queue?tab=mine&mockScale=3000')
  await expect.poll(() => questions.length).toBe(2)
  // 3,000 generated requests instead of the demo's 2,400, beside the same fixed scenarios. The new
  // database knows no session of the old one: the person signs in again.
  await expect.poll(total, { timeout: 60_000 }).toBe(seeded + 600)
})
