import { expect, PASSWORD, STAFF, test, type Username } from './fixtures'

type Shown = 'form' | 'form, busy' | 'first screen' | 'nothing'

// Who lands where: an agent on their queue, a lead on the workbench's dashboard.
for (const username of ['agent01', 'lead01'] as Username[]) {
  test(`after 登录 ${username} sees the form, its button busy, until the first screen takes its place`, async ({
    page,
  }) => {
    await page.goto('/sign-in')
    await page.getByLabel('用户名').fill(username)
    await page.getByLabel('密码').fill(PASSWORD)
    // Every change to the page is looked at as it happens, and what the page shows is noted
    // each time it differs from what it showed before.
    await page.evaluate(() => {
      const shown: Shown[] = []
      Object.assign(window, { shown })
      const look = () => {
        const root = document.getElementById('root')
        const main = root?.querySelector('#main')
        const button = root?.querySelector('form button[type="submit"]')
        const now: Shown =
          root?.querySelector('[data-testid="current-staff"]') && main?.firstElementChild
            ? 'first screen'
            : button
              ? button.getAttribute('aria-busy') === 'true' && button.hasAttribute('disabled')
                ? 'form, busy'
                : 'form'
              : 'nothing'
        if (shown.at(-1) !== now) shown.push(now)
      }
      look()
      new MutationObserver(look).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    })
    await page.getByRole('button', { name: '登录' }).click()
    // The first click seeds the mock backend, which takes a while on a busy machine.
    await expect(page.getByTestId('current-staff')).toContainText(STAFF[username].name, {
      timeout: 45_000,
    })
    await expect(page.locator('#main')).not.toBeEmpty()
    const shown = await page.evaluate(() => (window as unknown as { shown: Shown[] }).shown)
    expect(shown).toEqual(['form', 'form, busy', 'first screen'])
  })
}
