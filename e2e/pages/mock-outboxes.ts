import type { Page } from '@playwright/test'
import { api } from '../fixtures'

// What the mock's SMS gateway and mail relay were asked to send (the mock-only /api/__mock/…
// tools): the recipient's phone or mailbox, which a real backend never shows. A spec that uses
// these needs the mock and is tagged @mock.

async function sent(page: Page, path: string): Promise<string[]> {
  const r = await api<{ items: { text: string }[] }>(page, path, { token: null })
  if (r.status !== 200) throw new Error(`${path} answered ${r.status}: is the target the mock?`)
  return r.body.items.map((m) => m.text)
}

/** The link path and code of the last copy SMS the user was sent. */
export async function copySmsTo(
  page: Page,
  userId: string,
): Promise<{ path: string; code: string }> {
  const texts = await sent(page, `/__mock/sms-outbox?userId=${encodeURIComponent(userId)}`)
  const match = texts.at(-1)?.match(/https?:\/\/[^/\s]+(\/copy\/[\w-]+).*验证码 (\d{6})/)
  if (!match) throw new Error(`no copy SMS sent to ${userId}`)
  return { path: match[1]!, code: match[2]! }
}

/** The last activation code sent to a staff member's own phone or mailbox. */
export async function activationCodeSentTo(page: Page, username: string): Promise<string> {
  const texts = await sent(page, `/__mock/staff-outbox?username=${encodeURIComponent(username)}`)
  const code = texts.at(-1)?.match(/激活码 ([A-Z2-9]{8})/)?.[1]
  if (!code) throw new Error(`no activation code sent to ${username}`)
  return code
}
