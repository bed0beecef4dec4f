import type { IdentityDocumentKind } from '../../src/shared/api/enums'
import type { IdentityCheckInput } from '../../src/shared/api/identity-check-schemas'
import type { IdentityCheck, IdentityDocument, PrivacyRequest } from '../../src/shared/api/schemas'
import { ageGroupOn } from '../../src/shared/lib/id-number'
import { automaticChecks, type AutoCheck } from '../../src/shared/lib/identity-requirements-checks'
import {
  creditedEvidence,
  isIdentityDocument,
  missingRequirements,
} from '../../src/shared/lib/identity-requirements'
import { maskIdNumber } from '../../src/shared/lib/masking'
import { shanghaiDate } from '../../src/shared/lib/working-days'
import { HttpError, notFound, type RouteContext } from '../http/route'
import { requireEligibleRequester } from './requests'

// A failed real-name or ID check is a red flag: it blocks a pass even if other evidence would do.
const BLOCKING_CHECKS = new Set<AutoCheck['key']>([
  'id_number_valid',
  'name_matches',
  'id_number_matches',
  'requester_id_valid',
])

export function received(
  docs: { kind: IdentityDocumentKind; name: string; size: number; sha256: string }[],
  at: string,
  by: string,
): IdentityDocument[] {
  return docs.map((d) => ({ ...d, receivedAt: at, receivedBy: by }))
}

export interface CheckPlan {
  check: IdentityCheck
  documents: IdentityDocument[]
}

/** Everything a check is judged on, computed before anything changes; throws 400 on bad evidence. */
export function planCheck(
  ctx: RouteContext<unknown, IdentityCheckInput>,
  current: PrivacyRequest,
): CheckPlan {
  const { body, backend, staff } = ctx
  const at = new Date(ctx.now).toISOString()
  const user = backend.db.users.get(current.userId)
  if (!user) throw notFound(`User ${current.userId}`)
  // The user may have come of age, or the death record been withdrawn, since intake.
  requireEligibleRequester(current.requesterType, user, at)
  const documents = received(body.attachments ?? [], at, staff.id)
  const onFile = [...(current.identityDocuments ?? []), ...documents].map((d) => d.kind)
  const notOnFile = body.evidence.filter((e) => isIdentityDocument(e) && !onFile.includes(e))
  if (notOnFile.length) {
    throw new HttpError(
      400,
      'VALIDATION_FAILED',
      `No document on file for: ${notOnFile.join(', ')}`,
      {
        fields: { evidence: `no document on file: ${notOnFile.join(', ')}` },
        issues: { evidence: { code: 'not_on_file' } },
        notOnFile,
      },
    )
  }
  const today = shanghaiDate(at)
  const ageGroup = user.birthDate === null ? null : ageGroupOn(user.birthDate, today)
  const autoChecks = automaticChecks({
    requesterType: current.requesterType,
    subject: body.subject,
    requesterIdNumber: body.requesterIdNumber,
    account: { ...user, ageGroup },
    guardianIdNumber: user.guardian?.idNumber ?? null,
    today,
  })
  const credited = creditedEvidence(body.evidence, autoChecks, onFile)
  const earlier = current.identityChecks.flatMap((c) => c.credited)
  const missing = missingRequirements(current.requesterType, [...earlier, ...credited], {
    ageGroup,
  })
  if (body.outcome === 'pass') {
    const failing = autoChecks.filter((c) => !c.ok && BLOCKING_CHECKS.has(c.key)).map((c) => c.key)
    if (failing.length) {
      throw new HttpError(
        400,
        'AUTOMATIC_CHECK_FAILED',
        `Identity cannot pass while automatic checks fail: ${failing.join(', ')}`,
        {
          failing,
          fields: { evidence: `automatic checks failed: ${failing.join(', ')}` },
          issues: { evidence: { code: 'checks_failed' } },
        },
      )
    }
    if (missing.length) {
      throw new HttpError(
        400,
        'IDENTITY_INCOMPLETE',
        `Identity cannot pass: missing ${missing.join(', ')}`,
        {
          missing,
          fields: { evidence: `missing: ${missing.join(', ')}` },
          issues: { evidence: { code: 'incomplete' } },
        },
      )
    }
  }
  const check: IdentityCheck = {
    id: crypto.randomUUID(),
    requestId: current.id,
    method: body.method,
    evidence: body.evidence,
    credited,
    missing,
    outcome: body.outcome,
    reason: body.reason || null,
    // Only the masked number is kept: the check proves it was compared, not what it was.
    subject: body.subject
      ? { name: body.subject.name, idNumber: maskIdNumber(body.subject.idNumber) }
      : null,
    requesterIdNumber: body.requesterIdNumber ? maskIdNumber(body.requesterIdNumber) : null,
    autoChecks,
    checkedBy: staff.id,
    at,
  }
  return { check, documents }
}
