import { STAFF_PHONE_PATTERN } from '../../src/shared/api/schemas'
import { codeHash } from '../db/one-time-codes'
import { appendAuditEvent } from '../db/chains'
import type { Database, StaffAccount } from '../db/database'
import { hashPassword } from '../db/passwords'
import { HttpError, reply, route } from '../http/route'
import { activationEndpoints } from '../../src/shared/api/endpoints/activation'

// CONTRACT (2026-12): an admin creates a staff account without a password; a one-time code goes to
// the member's own phone or work email, and the member sets their own password with it. The admin
// never sees the code: it is in no response and no audit event, and only its hash is kept.

const ACTIVATION_VALID_MS = 24 * 3_600_000
/** Wrong guesses after which a code is void and an admin must issue a new one. */
const MAX_ACTIVATION_ATTEMPTS = 5
// No 0/O or 1/I, so a code read off a phone is typed right: 32 symbols, 8 of them, 40 bits.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8

// Random bytes come from randomUUID: byte arrays made here would come from jsdom's realm under the
// component tests, and Node's WebCrypto rejects those. 256 is a multiple of 32, so taking each
// byte modulo 32 favours no symbol.
function newCode(): string {
  // The version nibble (index 12) and the variant nibble (index 16) of a UUID are not random.
  const hex = crypto.randomUUID().replaceAll('-', '')
  const random = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17)
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[parseInt(random.slice(i * 2, i * 2 + 2), 16) % 32]
  }
  return code
}

/**
 * Replaces any open code of `staff` with a new one and sends it to their own address. The code is
 * returned to no one.
 */
export async function issueActivationCode(
  db: Database,
  staff: StaffAccount,
  issuedBy: string,
  now: number,
): Promise<void> {
  const code = newCode()
  const record = {
    staffId: staff.id,
    codeHash: await codeHash(staff.id, code),
    issuedAt: new Date(now).toISOString(),
    issuedBy,
    expiresAt: new Date(now + ACTIVATION_VALID_MS).toISOString(),
    failedAttempts: 0,
    usedAt: null,
    voidedAt: null,
  }
  if (db.staffActivations.get(staff.id)) {
    await db.staffActivations.update(staff.id, (d) => void Object.assign(d, record))
  } else await db.staffActivations.insert(record)
  const channel = STAFF_PHONE_PATTERN.test(staff.contact) ? '短信' : '邮件'
  await db.staffOutbox.insert({
    id: crypto.randomUUID(),
    staffId: staff.id,
    to: staff.contact,
    text:
      `【隐私运营台${channel}】${staff.displayName}，您的账号 ${staff.username} 的激活码 ${code}，` +
      `24 小时内有效，只能使用一次。请在登录页点“首次登录？激活账号”设置您自己的密码。请勿告诉任何人，包括管理员。`,
    at: new Date(now).toISOString(),
  })
}

/** Where a code went, masked for the audit trail: enough to recognise, not to reach. */
export function maskedContact(contact: string): string {
  if (STAFF_PHONE_PATTERN.test(contact)) return `${contact.slice(0, 3)}****${contact.slice(-4)}`
  const [name = '', domain = ''] = contact.split('@')
  return `${name.slice(0, 1)}***@${domain}`
}

function wrongCode(): HttpError {
  // The same answer for an unknown username, so the page does not tell which accounts exist.
  return new HttpError(400, 'ACTIVATION_CODE_WRONG', 'Wrong username or activation code', {
    fields: { code: 'wrong username or activation code' },
    issues: { code: { code: 'wrong_code' } },
  })
}

export const staffActivationHandlers = [
  route(activationEndpoints.activate, {
    async handle({ body, backend, now }) {
      const { db } = backend
      const staff = db.staff.all().find((s) => s.username === body.username)
      const activation = staff && db.staffActivations.get(staff.id)
      if (!staff || !activation) throw wrongCode()
      const at = new Date(now).toISOString()
      // A wrong guess is anyone's; only the right code shows the member acting.
      const auditAs = (action: string, reason: string | null, outcome: 'success' | 'failure') =>
        appendAuditEvent(db, {
          at,
          actorId: outcome === 'success' ? staff.id : 'anonymous',
          role: outcome === 'success' ? staff.role : 'anonymous',
          action,
          target: staff.id,
          reason,
          outcome,
        })
      if (activation.voidedAt) {
        throw new HttpError(410, 'ACTIVATION_CODE_VOID', 'Too many wrong codes: ask for a new one')
      }
      const matches = (await codeHash(staff.id, body.code)) === activation.codeHash
      const expired = now > Date.parse(activation.expiresAt)
      if (!matches) {
        // Only a code still open counts guesses; the answer says nothing of the code's state.
        if (!activation.usedAt && !expired) {
          const failures = activation.failedAttempts + 1
          const voided = failures >= MAX_ACTIVATION_ATTEMPTS
          await db.staffActivations.update(staff.id, (d) => {
            d.failedAttempts = failures
            if (voided) d.voidedAt = at
          })
          await auditAs(
            'staff.activation_failed',
            `wrong code (${failures} of ${MAX_ACTIVATION_ATTEMPTS})`,
            'failure',
          )
          if (voided) {
            throw new HttpError(
              410,
              'ACTIVATION_CODE_VOID',
              'Too many wrong codes: ask for a new one',
            )
          }
        }
        throw wrongCode()
      }
      if (activation.usedAt) {
        throw new HttpError(410, 'ACTIVATION_CODE_USED', 'This activation code was already used')
      }
      if (expired) {
        throw new HttpError(410, 'ACTIVATION_CODE_EXPIRED', 'This activation code has expired', {
          expiresAt: activation.expiresAt,
        })
      }
      const passwordHash = await hashPassword(body.password)
      await db.staff.update(staff.id, (d) => void (d.passwordHash = passwordHash))
      await db.staffActivations.update(staff.id, (d) => void (d.usedAt = at))
      await auditAs('staff.activated', null, 'success')
      return reply(200, { username: staff.username })
    },
  }),
]
