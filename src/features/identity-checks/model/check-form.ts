import type {
  IdentityEvidence,
  IdentityMethod,
  IdentityOutcome,
  IdentityDocumentKind,
  RequesterType,
} from '../../../shared/api/enums'
import type { RequestDetail } from '../../../shared/api/schemas'
import { automaticChecks } from '../../../shared/lib/identity-requirements-checks'
import {
  creditedEvidence,
  identityRequirements,
  isIdentityDocument,
  requirementStatus,
} from '../../../shared/lib/identity-requirements'
import { shanghaiDate } from '../../../shared/lib/working-days'

export interface CheckFormValues {
  method: IdentityMethod
  evidence: IdentityEvidence[]
  subjectName?: string
  subjectId?: string
  requesterIdNumber?: string
  requesterPhone?: string
  outcome: IdentityOutcome
  reason?: string
}

export const METHOD_EVIDENCE: Record<IdentityMethod, readonly IdentityEvidence[]> = {
  sms_code: ['sms_code'],
  real_name: ['real_name'],
  id_photos: ['id_card_front', 'id_card_back', 'id_card_holding'],
  written_request: ['written_request'],
}

/** The evidence worth offering for a requester path: every method's, what the path accepts, and what is on file. */
export function evidenceOptions(
  requesterType: RequesterType,
  onFile: readonly IdentityDocumentKind[],
): IdentityEvidence[] {
  const wanted = new Set<IdentityEvidence>([...Object.values(METHOD_EVIDENCE).flat(), ...onFile])
  for (const spec of identityRequirements(requesterType))
    if ('anyOf' in spec) spec.anyOf.flat().forEach((e) => wanted.add(e))
  return [...wanted]
}

/** The evidence a method brings along when chosen: documents only when they are on file. */
export function evidenceForMethod(
  method: IdentityMethod,
  onFile: readonly IdentityDocumentKind[],
): IdentityEvidence[] {
  return METHOD_EVIDENCE[method].filter((e) => !isIdentityDocument(e) || onFile.includes(e))
}

/**
 * What the panel can tell before submitting: the automatic checks against the masked record and
 * the requirement checklist. The server repeats both against the real record and decides.
 */
export function previewCheck(
  request: RequestDetail,
  values: Partial<CheckFormValues>,
  now = new Date(),
) {
  const today = shanghaiDate(now.toISOString())
  const { user } = request
  const evidence = values.evidence ?? []
  const onFile = (request.identityDocuments ?? []).map((d) => d.kind)
  const subject =
    evidence.includes('real_name') && values.subjectName?.trim() && values.subjectId?.trim()
      ? { name: values.subjectName, idNumber: values.subjectId }
      : undefined
  const requesterIdNumber =
    evidence.includes('requester_id') && values.requesterIdNumber?.trim()
      ? values.requesterIdNumber
      : undefined
  const autoChecks = automaticChecks({
    requesterType: request.requesterType,
    subject,
    requesterIdNumber,
    account: user,
    guardianIdNumber: user.guardian?.idNumber ?? null,
    today,
  })
  const earlier = request.identityChecks.flatMap((c) => c.credited)
  const credited = creditedEvidence(evidence, autoChecks, onFile)
  const status = requirementStatus(request.requesterType, [...earlier, ...credited], {
    ageGroup: user.ageGroup,
  })
  return {
    autoChecks,
    status,
    missing: status.filter((s) => !s.satisfied).map((s) => s.key),
    onFile,
  }
}

/** The request body of POST /requests/{id}/identity-checks. */
export function checkBody(values: CheckFormValues) {
  const reason = values.reason?.trim()
  return {
    method: values.method,
    evidence: values.evidence,
    outcome: values.outcome,
    ...(reason ? { reason } : {}),
    ...(values.evidence.includes('real_name')
      ? {
          subject: {
            name: values.subjectName?.trim() ?? '',
            idNumber: values.subjectId?.trim() ?? '',
          },
        }
      : {}),
    ...(values.evidence.includes('requester_id')
      ? { requesterIdNumber: values.requesterIdNumber?.trim() ?? '' }
      : {}),
    ...(values.requesterPhone?.trim() ? { requesterPhone: values.requesterPhone.trim() } : {}),
  }
}
