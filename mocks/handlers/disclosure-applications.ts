import { type DisclosureApplication } from '../../src/shared/api/disclosure-schemas'
import { appendDisclosure } from '../db/chains'
import type { Database } from '../db/database'
import { HttpError, notFound, paginate, reply, route } from '../http/route'
import {
  applicationFromInput,
  checkApplicationInput,
  checkCommon,
  draftFromApplication,
  headSeq,
  ledgerId,
} from './disclosure-rules'
import { disclosureEndpoints } from '../../src/shared/api/endpoints/disclosures'

/*
 * A third party's application (policy 4(3)) counts as disclosed only once a second compliance
 * manager approves it. Until then it waits in its own table, outside the ledger: the ledger is
 * append-only and lists disclosures that happened, so a pending or rejected application never
 * enters the chain, and no record needs a later change (an "approved" flag flipped inside a hashed
 * record would break its hash). Approval appends one complete record, recordedBy the maker and
 * approvedBy the checker, exactly as every reader will see and hash it. Creating, approving and
 * rejecting an application are each written to the audit log, which is chained the same way.
 */

function load(db: Database, id: string): DisclosureApplication {
  const app = db.disclosureApplications.get(id)
  if (!app) throw notFound(`Application ${id}`)
  return app
}

function requirePending(app: DisclosureApplication): void {
  if (app.status !== 'pending') {
    throw new HttpError(409, 'INVALID_TRANSITION', `The application is already ${app.status}`, {
      status: app.status,
    })
  }
}

export const disclosureApplicationHandlers = [
  route(disclosureEndpoints.applications, {
    async handle({ query, backend }) {
      const items = backend.db.disclosureApplications
        .all()
        .filter((a) => !query.status || a.status === query.status)
        .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id))
      return paginate(items, query.page, query.pageSize)
    },
  }),
  route(disclosureEndpoints.apply, {
    async handle({ body, backend, staff, now, audit }) {
      checkApplicationInput(backend.db, body)
      const id = `A${String(backend.db.disclosureApplications.count() + 1).padStart(6, '0')}`
      const app = await backend.db.disclosureApplications.insert(
        applicationFromInput(body, id, staff.id, now),
      )
      await audit('disclosure.application.recorded', id, { reason: body.applicant.claim })
      return reply(201, app)
    },
  }),
  route(disclosureEndpoints.application, {
    async handle({ params, backend }) {
      return load(backend.db, params.applicationId ?? '')
    },
  }),
  route(disclosureEndpoints.approveApplication, {
    async handle({ params, backend, staff, now, audit }) {
      const { db } = backend
      const app = load(db, params.applicationId ?? '')
      requirePending(app)
      if (app.recordedBy === staff.id) {
        throw new HttpError(
          403,
          'MAKER_CHECKER',
          'A second compliance manager must approve the application you recorded',
        )
      }
      // The users or the corrected record may have changed since the application was made.
      const problems = checkCommon(db, {
        ...app,
        corrects: app.corrects ?? undefined,
        correctionReason: app.correctionReason ?? undefined,
      })
      if (problems.any)
        throw new HttpError(409, 'PRECONDITION_FAILED', 'The application no longer holds', {
          fields: problems.fields,
          issues: problems.issues,
        })
      const record = await appendDisclosure(
        db,
        draftFromApplication(app, ledgerId(headSeq(db) + 1), staff.id, now),
      )
      await db.disclosureApplications.update(app.id, (draft) => {
        draft.status = 'approved'
        draft.decidedBy = staff.id
        draft.decidedAt = record.recordedAt
        draft.disclosureSeq = record.seq
      })
      await audit('disclosure.application.approved', app.id, { reason: `ledger seq ${record.seq}` })
      return reply(201, record)
    },
  }),
  route(disclosureEndpoints.rejectApplication, {
    async handle({ params, body, backend, staff, now, audit }) {
      const app = load(backend.db, params.applicationId ?? '')
      requirePending(app)
      const updated = await backend.db.disclosureApplications.update(app.id, (draft) => {
        draft.status = 'rejected'
        draft.decidedBy = staff.id
        draft.decidedAt = new Date(now).toISOString()
        draft.decisionReason = body.reason
      })
      await audit('disclosure.application.rejected', app.id, { reason: body.reason })
      return updated
    },
  }),
]
