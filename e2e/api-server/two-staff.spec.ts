import { expect, test, type Browser, type Page } from '@playwright/test'
import { PASSWORD, signIn, type Username } from '../fixtures'

// Two staff members on two machines, as in a training room: two browser contexts share nothing
// (no storage, no service worker), so all they share is `npm run serve:api`.

const API = `http://127.0.0.1:${process.env.API_E2E_PORT ?? 8787}/api`

/** A request in review that `username` is assigned to, asked of the server directly. */
async function assignedInReview(username: Username): Promise<string> {
  const session = await fetch(`${API}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  })
  const { token } = (await session.json()) as { token: string }
  const list = await fetch(`${API}/requests?assignee=me&status=in_review&pageSize=1`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const { items } = (await list.json()) as { items: { id: string }[] }
  if (!items[0]) throw new Error(`${username} has no request in review`)
  return items[0].id
}

async function staffMember(browser: Browser, username: Username): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, username)
  return page
}

test('two staff members in two browsers see each other’s changes; a stale write gets 412 and the conflict dialog', async ({
  browser,
}) => {
  const agent = await staffMember(browser, 'agent01')
  const lead = await staffMember(browser, 'lead01')
  // The console talks to the server, not to a backend of its own in the page.
  expect(await agent.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0)

  const id = await assignedInReview('agent01')
  for (const page of [agent, lead]) {
    await page.goto(`/requests/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  }

  await agent.getByLabel('添加备注').fill('客服在一号机上写的备注')
  await agent.getByRole('button', { name: '添加备注' }).click()
  await expect(
    agent.getByTestId('note-text').filter({ hasText: '客服在一号机上写的备注' }),
  ).toBeVisible()

  // The lead's page still holds the version from before the agent's note.
  const answers: number[] = []
  lead.on('response', (r) => {
    if (r.url().startsWith(`${API}/requests/${id}/notes`)) answers.push(r.status())
  })
  await lead.getByLabel('添加备注').fill('主管在二号机上写的备注')
  await lead.getByRole('button', { name: '添加备注' }).click()
  const dialog = lead.getByRole('dialog', { name: '此请求已被他人更改' })
  await expect(dialog).toBeVisible()
  expect(answers).toContain(412)
  await dialog.getByRole('button', { name: '载入最新并重新提交' }).click()
  await expect(dialog).toBeHidden()
  for (const text of ['客服在一号机上写的备注', '主管在二号机上写的备注'])
    await expect(lead.getByTestId('note-text').filter({ hasText: text })).toBeVisible()

  await agent.reload()
  await expect(
    agent.getByTestId('note-text').filter({ hasText: '主管在二号机上写的备注' }),
  ).toBeVisible()
})
