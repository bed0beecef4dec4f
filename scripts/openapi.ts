import { z } from '../src/shared/api/zod'
import { errorBodySchema } from '../src/shared/api/schemas'
import { ifMatchOf, paramsSchema, type AnyEndpoint } from '../src/shared/api/endpoint'
import { ALL_ENDPOINTS } from '../src/shared/api/endpoints'

type Json = Record<string, unknown>

const toSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json

const ERRORS: Record<string, string> = {
  '400': 'Bad input; details.fields names each bad field',
  '401': 'Not signed in, or the session expired or was revoked',
  '403':
    'The role may not do this (FORBIDDEN), the request is assigned to someone else (NOT_ASSIGNEE), or the caller prepared the decision they try to approve (MAKER_CHECKER)',
  '404': 'Not found',
  '405': 'The resource is append-only (METHOD_NOT_ALLOWED)',
  '409':
    'Conflict or wrong state (INVALID_TRANSITION, PRECONDITION_FAILED, NO_VERIFIED_CONTACT, CODE_USED, FIELD_HAS_VALUE, FIELD_EMPTY, REVERIFICATION_NEEDED); an extension past what the request allows (EXTENSION_NOT_ALLOWED, with details.reason, details.maxDays and, for a cancellation, details.latestDeadlineAt); closing an incident while notices failed and no announcement is published (UNREACHED_USERS_NOT_ANNOUNCED, with details.failedDeliveries)',
  '410':
    'Gone: a data plan deleted or anonymised the data (DATA_DELETED), with details.field, details.category, details.action, details.removedAt and details.requestId (the request whose plan removed it)',
  '412': 'Stale version; details.current holds the current entity',
  '413': 'Body over 64 KiB (PAYLOAD_TOO_LARGE)',
  '422': 'Idempotency key reused with another payload',
  '428': 'If-Match required',
  '429':
    'Slowed down: too many failed sign-ins (TOO_MANY_ATTEMPTS), with details.retryAfterSeconds',
}

// The rules of the contract that no single schema can show, as every backend must keep them.
const RULES = [
  'Only the assignee works an assigned request; claim takes an unassigned request only; a lead may act on any (403 NOT_ASSIGNEE).',
  'Every rejection (a decision, a failed identity check, a refusal) and every correction of phone or idNumber is prepared by one person and approved by another (403 MAKER_CHECKER for the same person).',
  "A copy link's code goes to the phone verified in the request's identity check (the requester's own for anyone acting for the user); without one, 409 NO_VERIFIED_CONTACT.",
  'A copy link code works once; five wrong codes over the life of the link lock it.',
  "A copy holds the user's records of each category asked for (tasks, payments, sign-in devices, consents and their history, disclosures) and says of every category of the template whether it is included, with its record count, or why not; another person's data in those records (a task's counterparty) is masked.",
  'An access answer states every category of the template as held or not held; one that leaves a category out answers 400 VALIDATION_FAILED naming the missing categories in words (details.missing lists them).',
  'Staff-facing responses carry ageGroup, never a birth date; ID and phone numbers are masked unless revealed; free text is masked at write time after NFKC normalisation.',
  'A change and its audit event commit together or not at all; PUT, PATCH and DELETE on append-only resources answer 405 and are audited.',
  'Bodies over 64 KiB answer 413 PAYLOAD_TOO_LARGE; If-Match is a decimal integer; timestamps before 2000-01-01 answer 400.',
  'Wrong passwords slow further attempts down (429 TOO_MANY_ATTEMPTS) and never lock an account.',
  'Approving a deletion checks legal hold and open disputes or complaints, like a cancellation (409 PRECONDITION_FAILED).',
  'A deletion rests on one of the four grounds of policy 6(3) or on a statutory ground of PIPL art. 47 (purpose_no_longer_needed, service_stopped_or_retention_expired, consent_withdrawn); account_cancelled needs a cancelled account (400).',
  "A correction's change is `supplement` for a field the user record holds empty and `correct` (the default) for one that holds a value; otherwise 409 FIELD_HAS_VALUE or FIELD_EMPTY, with details.fields naming each field.",
  'A change of phone is re-verified before it is even prepared: POST /requests/{id}/correction-code sends a one-time code (10 minutes) to the new number only, and the correction carries it as phoneCode; no code for that number, an expired one or five wrong tries answer 409 REVERIFICATION_NEEDED, a wrong code 400 WRONG_CODE; a code verifies one change. Staff never receive the code; a lead other than the maker still approves the change.',
  'A change of idNumber is re-verified against the new card: the correction carries idCardPhotos with both sides (front, back) fingerprinted by name, size and SHA-256; without both, 409 REVERIFICATION_NEEDED with details.missing. A lead other than the maker still approves it.',
  'An applied consent withdrawal sends the requester a confirmation naming each permission withdrawn and what it stops, and that processing before it stays lawful.',
  'A guardian acts only for a user who is not an adult, a relative only for a deceased user (409 REQUESTER_NOT_ELIGIBLE).',
  'Only copy and access requests carry a fee, past a free allowance of at least 1 (409 FEE_NOT_ALLOWED).',
  'Every approved rejection sends the requester its ground, the reason and their remedies.',
  "A cancellation's deadline never passes the 10th working day from receipt; a request of another type is extended once, by at most 15 working days, once its clock runs (409 EXTENSION_NOT_ALLOWED). Every extension needs a reason and sends the requester a notice (kind extension) with the new deadline and the reason.",
  'Settings stay within the contract: a cancellation deadline of at most 10 working days and a target no later than it, other requests at most 15, a free allowance of at least 1, a report of a medium or graver incident within at most 4 hours (400 with details.fields).',
  "A notice of a security incident to users, and its announcement, carries six elements: what happened, the categories of personal information involved, the measures, advice, remedies and a contact (400 NOTICE_INCOMPLETE). An incident's report to the regulator is due the hours its severity allows after discovery (regulatorDue). An incident is not closed while notices failed and no announcement is published (409 UNREACHED_USERS_NOT_ANNOUNCED).",
  'Carrying out a data plan removes what it deletes or anonymises from the user record (null, or a value that identifies no one) and records in dataDisposition what was removed, when and by which request; revealing a removed field answers 410 DATA_DELETED.',
  'A category kept under a retention duty carries its duty and purgeOn; the backend purges what fell due before today when it starts and on the first request of each day (actor system), compliance may purge what is due by today (POST /retention/purges); data under a legal hold or an open dispute or complaint is held back; every purge is audited (user.data_purged).',
]

function operation(def: AnyEndpoint): Json {
  const parameters: Json[] = []
  for (const [name, field] of Object.entries(
    paramsSchema(def).shape as Record<string, z.ZodMiniType>,
  )) {
    parameters.push({ name, in: 'path', required: true, schema: toSchema(field, 'input') })
  }
  if (def.query instanceof z.ZodMiniObject) {
    for (const [name, field] of Object.entries(def.query.shape as Record<string, z.ZodMiniType>)) {
      parameters.push({
        name,
        in: 'query',
        required: !field.safeParse(undefined).success,
        schema: toSchema(field, 'input'),
      })
    }
  }
  if (def.idempotent)
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string', minLength: 8, maxLength: 128 },
    })
  const ifMatch = ifMatchOf(def)
  if (ifMatch)
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description:
        ifMatch === 'or-new'
          ? 'The version seen, in decimal digits only; 0 when it is not stored yet'
          : 'The version seen, in decimal digits only',
      schema: { type: 'integer', minimum: ifMatch === 'or-new' ? 0 : 1, maximum: 999_999_999 },
    })
  const status = String(def.status ?? 200)
  const responses: Json = {
    [status]: def.response
      ? {
          description: 'Success',
          content: { 'application/json': { schema: toSchema(def.response, 'output') } },
        }
      : { description: 'Success' },
  }
  for (const [code, description] of Object.entries(ERRORS)) {
    responses[code] = {
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    }
  }
  return {
    summary: `${def.method.toUpperCase()} /api${def.path}`,
    description: def.roles === 'public' ? 'No session needed.' : `Roles: ${def.roles.join(', ')}.`,
    ...(def.roles === 'public' ? { security: [] } : {}),
    parameters,
    ...(def.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(def.body, 'input') } },
          },
        }
      : {}),
    responses,
  }
}

/** The OpenAPI 3.1 document of the API, generated from the endpoint tables the mock serves. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {}
  for (const def of ALL_ENDPOINTS) {
    const path = `/api${def.path.replace(/:([A-Za-z]+)/g, '{$1}')}`
    paths[path] = { ...(paths[path] ?? {}), [def.method]: operation(def) }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '任务易 privacy operations console API',
      version: '1.0.0',
      description: `Rules every backend must keep:\n${RULES.map((r) => `- ${r}`).join('\n')}`,
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: toSchema(errorBodySchema, 'output') },
    },
    security: [{ bearer: [] }],
    paths,
  }
}
