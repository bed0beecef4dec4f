import { HttpError, notFound, reply, requireVersion, route } from '../http/route'
import type { Database, StaffAccount } from '../db/database'
import { issueActivationCode, maskedContact } from './staff-activation'
import { staffEndpoints } from '../../src/shared/api/endpoints/staff'

/** What leaves the server of a staff account: never the password's hash, nor their address. */
function publicStaff({ passwordHash, contact: _c, ...staff }: StaffAccount) {
  return { ...staff, activated: passwordHash !== null }
}

function nextStaffId(db: Database): string {
  const max = Math.max(0, ...db.staff.all().map((s) => Number(s.id.replace(/\D/g, '')) || 0))
  return `S${String(max + 1).padStart(3, '0')}`
}

async function revokeSessionsOf(db: Database, staffId: string): Promise<number> {
  const open = db.sessions.all().filter((s) => s.staffId === staffId && !s.revoked)
  for (const s of open) await db.sessions.update(s.token, (d) => void (d.revoked = true))
  return open.length
}

export const staffHandlers = [
  route(staffEndpoints.list, {
    async handle({ backend }) {
      const items = backend.db.staff.all().map(publicStaff)
      return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) }
    },
  }),
  route(staffEndpoints.create, {
    async handle({ body, backend, audit, staff, now }) {
      const { db } = backend
      if (db.staff.all().some((s) => s.username.toLowerCase() === body.username.toLowerCase())) {
        throw new HttpError(
          409,
          'USERNAME_TAKEN',
          `The username ${body.username} is already taken`,
          {
            fields: { username: 'already taken' },
            issues: { username: { code: 'taken' } },
          },
        )
      }
      const id = nextStaffId(db)
      // Active, but no one can sign in until the member sets a password with their code.
      const created = await db.staff.insert({
        id,
        ...body,
        active: true,
        version: 1,
        passwordHash: null,
      })
      await issueActivationCode(db, created, staff.id, now)
      await audit('staff.created', id, {
        reason: `${body.username} as ${body.role}; activation code sent to ${maskedContact(body.contact)}`,
      })
      if (body.role === 'lead')
        await audit('staff.checker_granted', id, { reason: 'created as lead' })
      return reply(201, publicStaff(created))
    },
  }),
  route(staffEndpoints.update, {
    async handle({ params, body, backend, staff, request, audit }) {
      const { db } = backend
      const before = db.staff.get(params.id ?? '')
      if (!before) throw notFound(`Staff account ${params.id}`)
      requireVersion(request, before, publicStaff(before))
      const { role: oldRole, active: wasActive, displayName: oldName } = before
      // An admin who locked themselves out could leave the console without any admin.
      if (
        before.id === staff.id &&
        (body.active === false || (body.role !== undefined && body.role !== oldRole))
      ) {
        throw new HttpError(
          409,
          'SELF_LOCKOUT',
          'You cannot deactivate your own account or change your own role',
          {
            fields:
              body.active === false
                ? { active: 'not on your own account' }
                : { role: 'not on your own account' },
            issues:
              body.active === false
                ? { active: { code: 'own_account' } }
                : { role: { code: 'own_account' } },
          },
        )
      }
      const updated = await db.staff.update(before.id, (d) => {
        if (body.displayName !== undefined) d.displayName = body.displayName
        if (body.role !== undefined) d.role = body.role
        if (body.active !== undefined) d.active = body.active
        d.version += 1
      })
      const roleChanged = body.role !== undefined && body.role !== oldRole
      const deactivated = body.active === false && wasActive
      // Their open sessions end, so the new rights apply at once and a later reactivation
      // does not bring an old token back to life.
      const revoked = roleChanged || deactivated ? await revokeSessionsOf(db, before.id) : 0
      if (roleChanged)
        await audit('staff.role_changed', before.id, { reason: `${oldRole} -> ${body.role}` })
      if (roleChanged && body.role === 'lead')
        await audit('staff.checker_granted', before.id, { reason: `${oldRole} -> lead` })
      if (deactivated)
        await audit('staff.deactivated', before.id, { reason: `${revoked} session(s) ended` })
      if (body.active === true && !wasActive) await audit('staff.reactivated', before.id)
      if (body.displayName !== undefined && body.displayName !== oldName)
        await audit('staff.renamed', before.id)
      return publicStaff(updated)
    },
  }),
  route(staffEndpoints.sendActivationCode, {
    // A password reset: the old password stops working at once, and the member sets a new one
    // with the code, which goes to them and never to the admin.
    async handle({ params, backend, staff, audit, now }) {
      const { db } = backend
      const member = db.staff.get(params.id ?? '')
      if (!member) throw notFound(`Staff account ${params.id}`)
      if (member.id === staff.id) {
        throw new HttpError(409, 'SELF_LOCKOUT', 'You cannot reset your own password here')
      }
      const updated = await db.staff.update(member.id, (d) => void (d.passwordHash = null))
      const revoked = await revokeSessionsOf(db, member.id)
      await issueActivationCode(db, updated, staff.id, now)
      await audit('staff.password_reset', member.id, {
        reason: `activation code sent to ${maskedContact(member.contact)}; ${revoked} session(s) ended`,
      })
      return publicStaff(updated)
    },
  }),
]
