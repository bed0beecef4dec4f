import { defineEndpoint } from '../../src/shared/api/endpoint'
import { z } from '../../src/shared/api/zod'
import { route } from '../http/route'

// Test tools of the mock only, not part of the API (left out of the OpenAPI document and of the
// contract suite): what the mock's SMS gateway and mail relay were asked to deliver. They stand in
// for the recipient's phone or mailbox, which a real backend never exposes, so that an end-to-end
// test can play the user with a copy link or the new member with an activation code without
// reading the mock's storage. Public like the phone itself: the recipient has no staff session.

const sentSchema = z.object({
  items: z.array(z.object({ at: z.string(), text: z.string() })),
})

const smsOutboxEndpoint = defineEndpoint({
  method: 'get',
  path: '/__mock/sms-outbox',
  roles: 'public',
  query: z.object({ userId: z.string().check(z.regex(/^U\d{6}$/)) }),
  mockOnly: true,
  response: sentSchema,
})

const staffOutboxEndpoint = defineEndpoint({
  method: 'get',
  path: '/__mock/staff-outbox',
  roles: 'public',
  query: z.object({ username: z.string().check(z.minLength(1), z.maxLength(64)) }),
  mockOnly: true,
  response: sentSchema,
})

/** Oldest first, as the messages arrived. */
const inOrder = <T extends { at: string; text: string }>(sent: T[]) =>
  sent.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map(({ at, text }) => ({ at, text }))

export const testOutboxHandlers = [
  route(smsOutboxEndpoint, {
    faultFree: true,
    async handle({ query, backend }) {
      return { items: inOrder(backend.db.smsOutbox.all().filter((m) => m.userId === query.userId)) }
    },
  }),
  route(staffOutboxEndpoint, {
    faultFree: true,
    async handle({ query, backend }) {
      const member = backend.db.staff.all().find((s) => s.username === query.username)
      return {
        items: inOrder(backend.db.staffOutbox.all().filter((m) => m.staffId === member?.id)),
      }
    },
  }),
]
