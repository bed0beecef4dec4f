import { expect, test } from './fixtures'
import { AuditLogPage, LedgerPage, QueuePage, RequestPage, SignInPage } from './pages/console'

// Journeys written with the page objects of e2e/pages: a new one is a few lines of what the
// person does. They create their own data through the public API and need nothing of the mock,
// so they run against any deployed console (E2E_BASE_URL).

test('an agent finds a letter just registered in the queue and opens its user, masked', async ({
  page,
}) => {
  await new SignInPage(page).signIn('agent01')
  const registered = await RequestPage.register(page)
  const queue = await QueuePage.goto(page, `tab=all&q=${registered.id}`)
  const request = await queue.open(registered.id)
  await expect(request.timeline.first()).toBeVisible()
  const user = await request.openUser(registered.userId)
  await expect(user.masked('phone')).toHaveText(/^\d{3}\*{4}\d{4}$/)
  await expect(await user.requests()).not.toHaveCount(0)
})

test('compliance finds their own sign-in in the audit log and reads the ledger', async ({
  page,
}) => {
  await new SignInPage(page).signIn('compliance01')
  const audit = await AuditLogPage.goto(page)
  await audit.filterByAction('session.sign_in')
  await expect(audit.rows.filter({ hasText: '合规周' }).first()).toBeVisible()
  const ledger = await LedgerPage.goto(page)
  await expect(ledger.rows.first()).toBeVisible()
})
