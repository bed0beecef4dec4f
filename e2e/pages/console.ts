import type { Locator, Page } from '@playwright/test'
import { api, browserNow, expect, queueSettled, signIn, type Username } from '../fixtures'

// Page objects for the screens most journeys pass through, in the Chinese console: each knows
// its own address, heading and landmarks, so a new journey reads as what the person does.
// Anything a screen offers beyond these is reached through `page` as usual.

/** The first load of a fresh browser context may seed the mock backend: slow when busy. */
const FIRST_LOAD = { timeout: 60_000 }

export class SignInPage {
  constructor(readonly page: Page) {}

  /** Signs in through the form and lands on `next` (the workbench and its queue by default). */
  async signIn(username: Username, next = '/'): Promise<void> {
    await signIn(this.page, username, next)
  }
}

export class QueuePage {
  readonly rows: Locator

  private constructor(readonly page: Page) {
    this.rows = page.locator('.ant-table-tbody tr.ant-table-row')
  }

  /**
   * Opens the queue with its filters as the URL carries them (`tab=all&q=R000123`) and waits for
   * the rows of exactly those filters.
   */
  static async goto(page: Page, filters = 'tab=all'): Promise<QueuePage> {
    await page.goto(`/queue?${filters}`)
    for (const filter of filters.split('&')) await queueSettled(page, filter)
    return new QueuePage(page)
  }

  /** Opens the request in the row that names it. */
  async open(requestId: string): Promise<RequestPage> {
    await this.rows.getByRole('link', { name: requestId, exact: true }).click()
    return RequestPage.opened(this.page, requestId)
  }
}

export interface RegisteredRequest {
  id: string
  userId: string
  version: number
}

export class RequestPage {
  private constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  /**
   * Registers a request received a minute ago, as intake does, through the public API: for
   * `userId`, or else for the first active user who may open one of the type. It came by letter
   * from the user themself unless `channel` and `requesterType` say otherwise. `token` names the
   * staff member who registers it (and so works it), the tab's own when left out.
   */
  static async register(
    page: Page,
    type = 'access',
    userId?: string,
    {
      token,
      channel = 'letter',
      requesterType = 'self',
    }: { token?: string; channel?: string; requesterType?: string } = {},
  ): Promise<RegisteredRequest> {
    const users = userId
      ? { body: { items: [{ id: userId }] } }
      : await api<{ items: { id: string }[] }>(page, '/users?accountStatus=active&pageSize=20')
    const receivedAt = new Date((await browserNow(page)) - 60_000).toISOString()
    for (const { id: userId } of users.body.items) {
      const created = await api<RegisteredRequest>(page, '/requests', {
        method: 'POST',
        body: { type, userId, requesterType, channel, receivedAt },
        token,
      })
      if (created.status === 201) return created.body
      // A user who may not open one now (an open request of the type) is passed by.
      expect(created.status).toBe(409)
    }
    throw new Error(`no active user could open a ${type} request`)
  }

  static async goto(page: Page, requestId: string): Promise<RequestPage> {
    await page.goto(`/requests/${requestId}`)
    return RequestPage.opened(page, requestId)
  }

  static async opened(page: Page, requestId: string): Promise<RequestPage> {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(requestId, FIRST_LOAD)
    return new RequestPage(page, requestId)
  }

  /** A titled part of the page: 身份核验, 个人信息副本, 费用（…）, … */
  section(name: string): Locator {
    return this.page.getByRole('region', { name })
  }

  /** The timeline's events, newest first. */
  get timeline(): Locator {
    return this.page.getByTestId('timeline-event')
  }

  /** Follows the link to the user the request is about. */
  async openUser(userId: string): Promise<UserPage> {
    await this.page.getByRole('link', { name: userId, exact: true }).click()
    return UserPage.opened(this.page, userId)
  }
}

export class UserPage {
  private constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  static async goto(page: Page, userId: string): Promise<UserPage> {
    await page.goto(`/users/${userId}`)
    return UserPage.opened(page, userId)
  }

  static async opened(page: Page, userId: string): Promise<UserPage> {
    await expect(page.getByRole('heading', { level: 1, name: `用户 ${userId}` })).toBeVisible(
      FIRST_LOAD,
    )
    return new UserPage(page, userId)
  }

  /** A personal field as shown before any reveal: phone, idNumber, birthDate. */
  masked(field: 'phone' | 'idNumber' | 'birthDate'): Locator {
    return this.page.getByTestId(`masked-${field}`)
  }

  /** The user's requests, once loaded. */
  async requests(): Promise<Locator> {
    const table = this.page.getByTestId('user-requests')
    await expect(table).toHaveAttribute('aria-busy', 'false')
    return table.locator('tr.ant-table-row')
  }
}

export class LedgerPage {
  constructor(readonly page: Page) {}

  static async goto(page: Page): Promise<LedgerPage> {
    await page.goto('/disclosures')
    await expect(page.getByRole('heading', { level: 1, name: '披露台账' })).toBeVisible(FIRST_LOAD)
    return new LedgerPage(page)
  }

  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }
}

export class AuditLogPage {
  constructor(readonly page: Page) {}

  static async goto(page: Page): Promise<AuditLogPage> {
    await page.goto('/audit')
    await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible(FIRST_LOAD)
    return new AuditLogPage(page)
  }

  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }

  /** Shows only the events whose action starts with `prefix`; the filter lives in the URL. */
  async filterByAction(prefix: string): Promise<void> {
    const field = this.page.getByLabel('动作（前缀，如 session.）')
    await field.fill(prefix)
    await field.press('Enter')
    await expect(this.page).toHaveURL(new RegExp(`action=${prefix.replace('.', '\\.')}`))
  }
}
