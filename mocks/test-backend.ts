import { getBackend } from './backend-instance'

// What only a test of the mock itself may read: the mock's database, behind the API. The HTTP
// client (test-client.ts) stays free of it, so the contract suite can take that client to any
// backend.

/**
 * The last activation code sent to a staff member: their phone or mailbox, which the console's
 * API never returns. A test reading it plays the member, never the admin.
 */
export async function activationCodeSentTo(username: string): Promise<string> {
  const { db } = await getBackend()
  const member = db.staff.all().find((s) => s.username === username)
  const sent = db.staffOutbox
    .all()
    .filter((m) => m.staffId === member?.id)
    .at(-1)
  const code = sent?.text.match(/激活码 ([A-Z2-9]{8})/)?.[1]
  if (!code) throw new Error(`no activation code sent to ${username}`)
  return code
}

/**
 * Whether the user's record is whole: no data plan of theirs has deleted or anonymised anything
 * yet (the seed carries out its completed plans), so a test can read and change every field.
 */
export async function hasIntactRecord(userId: string): Promise<boolean> {
  const user = (await getBackend()).db.users.get(userId)
  return !!user && user.dataDisposition.length === 0
}

/** The first active adult of the seed acting for themselves: no guardian, not deceased. */
export async function activeAdult() {
  const user = (await getBackend()).db.users
    .all()
    .find((u) => u.accountStatus === 'active' && !u.guardian && !u.deceased)
  if (!user) throw new Error('no active adult in the seed')
  return user
}
