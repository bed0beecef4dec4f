import { ROLES } from '../src/shared/api/enums'
import { parseRoleMatrix, type Access } from '../src/test/role-matrix'

// Who may call each route, written out from CONTRACT.md ("What each role may do (403
// otherwise)", and the 2026-12 amendment), never read from the endpoint tables it checks: a role
// added to or dropped from a route there fails here. Where the contract says nothing, the row
// follows the code and its comment says so.
//   ✓ the role may call it: any answer but 401 or 403 (the minimal body may well be a 400)
//   ✗ 403 FORBIDDEN      405 append-only, for every role      public: needs no session
//   mock: a tool of the mock backend only, not part of the contract: the contract suite, which
//   any backend must pass, leaves these rows out
// Every other route answers 401 without a session.
export const API_MATRIX = parseRoleMatrix(
  `
  route                                                    agent  lead  compliance  admin
  # Sessions and roles
  POST    /session                                           ✓      ✓      ✓          ✓     public
  GET     /session                                           ✓      ✓      ✓          ✓
  DELETE  /session                                           ✓      ✓      ✓          ✓
  # The member sets their own password with the code sent to them: they have no session yet.
  POST    /staff-activation                                  ✓      ✓      ✓          ✓     public

  # Requests: agents and leads read and work them, compliance reads, admin reads everything.
  GET     /requests                                          ✓      ✓      ✓          ✓
  GET     /requests/counts                                   ✓      ✓      ✓          ✓
  GET     /requests/:id                                      ✓      ✓      ✓          ✓
  POST    /requests                                          ✓      ✓      ✗          ✗
  POST    /requests/:id/claim                                ✓      ✓      ✗          ✗
  POST    /requests/:id/assign                               ✗      ✓      ✗          ✗
  POST    /requests/:id/notes                                ✓      ✓      ✗          ✗
  POST    /requests/:id/decision                             ✓      ✓      ✗          ✗
  POST    /requests/:id/approve                              ✗      ✓      ✗          ✗
  POST    /requests/:id/send-back                            ✗      ✓      ✗          ✗
  POST    /requests/:id/extend                               ✗      ✓      ✗          ✗
  POST    /requests/:id/identity-checks                      ✓      ✓      ✗          ✗
  POST    /requests/:id/documents-received                   ✓      ✓      ✗          ✗
  POST    /requests/:id/remind                               ✓      ✓      ✗          ✗
  POST    /requests/:id/merge                                ✓      ✓      ✗          ✗
  # Silent on who starts the sweep, which prepares each closing as the system for a lead to
  # approve: the code lets a lead or an admin run it.
  POST    /requests/auto-close-unverified                    ✗      ✓      ✗          ✓

  # Cancellations and deletions: carrying out an approved data plan is working the request.
  GET     /cancellations                                     ✓      ✓      ✓          ✓
  GET     /requests/:id/cancellation-checklist               ✓      ✓      ✓          ✓
  GET     /requests/:id/data-plan                            ✓      ✓      ✓          ✓
  POST    /requests/:id/execute                              ✓      ✓      ✗          ✗
  GET     /requests/:id/deletion-checklist                   ✓      ✓      ✓          ✓
  POST    /requests/:id/deletion-decision                    ✓      ✓      ✗          ✗

  # Copy, correction, consent-withdrawal and access requests: completed by whoever works them.
  GET     /requests/:id/consents                             ✓      ✓      ✓          ✓
  POST    /requests/:id/consent-withdrawal                   ✓      ✓      ✗          ✗
  GET     /requests/:id/personal-data                        ✓      ✓      ✓          ✓
  POST    /requests/:id/correction                           ✓      ✓      ✗          ✗
  POST    /requests/:id/correction-code                      ✓      ✓      ✗          ✗
  POST    /requests/:id/access-answer                        ✓      ✓      ✗          ✗
  GET     /requests/:id/copy-package                         ✓      ✓      ✓          ✓
  GET     /requests/:id/copy-links                           ✓      ✓      ✓          ✓
  POST    /requests/:id/copy-link                            ✓      ✓      ✗          ✗
  # The user's own download with the code sent to them: the user is not staff.
  POST    /copy-downloads/:token                             ✓      ✓      ✓          ✓     public

  # Fees: quoting one and recording the answer is working the request; admin sets the fees.
  GET     /requests/:id/fee                                  ✓      ✓      ✓          ✓
  POST    /requests/:id/fee-quote                            ✓      ✓      ✗          ✗
  POST    /requests/:id/fee-acceptance                       ✓      ✓      ✗          ✗
  POST    /requests/:id/withdraw                             ✓      ✓      ✗          ✗

  # Incidents: silent; the code gives them to compliance and admin.
  GET     /incidents                                         ✗      ✗      ✓          ✓
  POST    /incidents                                         ✗      ✗      ✓          ✓
  GET     /incidents/regions                                 ✗      ✗      ✓          ✓
  GET     /incidents/:incidentId                             ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/update                      ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/close                       ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/campaigns                   ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/campaigns/retry             ✗      ✗      ✓          ✓
  GET     /incidents/:incidentId/deliveries                  ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/announcement                ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/regulator-reports           ✗      ✗      ✓          ✓
  GET     /incidents/:incidentId/affected-users              ✗      ✗      ✓          ✓
  GET     /incidents/:incidentId/affected-users/preview      ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/affected-users/query        ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/affected-users/import       ✗      ✗      ✓          ✓
  POST    /incidents/:incidentId/affected-users/remove       ✗      ✗      ✓          ✓

  # The disclosure ledger: everything for compliance, reading for admin; the export is
  # compliance only. Agents (and so leads) read one user's statement.
  GET     /disclosures                                       ✗      ✗      ✓          ✓
  POST    /disclosures                                       ✗      ✗      ✓          ✗
  GET     /disclosures/:disclosureId                         ✗      ✗      ✓          ✓
  GET     /disclosures/export.csv                            ✗      ✗      ✓          ✗
  GET     /disclosures/verify                                ✗      ✗      ✓          ✓
  GET     /users/:userId/disclosures                         ✓      ✓      ✓          ✓
  GET     /disclosures/applications                          ✗      ✗      ✓          ✓
  POST    /disclosures/applications                          ✗      ✗      ✓          ✗
  GET     /disclosures/applications/:applicationId           ✗      ✗      ✓          ✓
  POST    /disclosures/applications/:applicationId/approve   ✗      ✗      ✓          ✗
  POST    /disclosures/applications/:applicationId/reject    ✗      ✗      ✓          ✗
  # Checkpoints: silent on who reads, exports or adds one by hand; the code lets those who read
  # the chain read and export them, and compliance add one.
  GET     /disclosures/checkpoints                           ✗      ✗      ✓          ✓
  GET     /disclosures/checkpoints/export                    ✗      ✗      ✓          ✓
  POST    /disclosures/checkpoints                           ✗      ✗      ✓          ✗
  PUT     /disclosures                                       405    405    405        405
  PATCH   /disclosures                                       405    405    405        405
  DELETE  /disclosures                                       405    405    405        405
  PUT     /disclosures/:recordId                             405    405    405        405
  PATCH   /disclosures/:recordId                             405    405    405        405
  DELETE  /disclosures/:recordId                             405    405    405        405
  PUT     /disclosures/checkpoints/:checkpointId             405    405    405        405
  PATCH   /disclosures/checkpoints/:checkpointId             405    405    405        405
  DELETE  /disclosures/checkpoints/:checkpointId             405    405    405        405

  # The audit log: compliance reads, exports and verifies; admin reads and verifies.
  GET     /audit-events                                      ✗      ✗      ✓          ✓
  GET     /audit-events/export.csv                           ✗      ✗      ✓          ✗
  GET     /audit-events/verify                               ✗      ✗      ✓          ✓
  # Checkpoints: as the ledger's.
  GET     /audit-events/checkpoints                          ✗      ✗      ✓          ✓
  GET     /audit-events/checkpoints/export                   ✗      ✗      ✓          ✓
  POST    /audit-events/checkpoints                          ✗      ✗      ✓          ✗
  PUT     /audit-events                                      405    405    405        405
  PATCH   /audit-events                                      405    405    405        405
  DELETE  /audit-events                                      405    405    405        405
  PUT     /audit-events/:recordId                            405    405    405        405
  PATCH   /audit-events/:recordId                            405    405    405        405
  DELETE  /audit-events/:recordId                            405    405    405        405
  PUT     /audit-events/checkpoints/:checkpointId            405    405    405        405
  PATCH   /audit-events/checkpoints/:checkpointId            405    405    405        405
  DELETE  /audit-events/checkpoints/:checkpointId            405    405    405        405

  # Platform users: read by everyone; only those who work requests reveal (2026-12).
  GET     /users                                             ✓      ✓      ✓          ✓
  GET     /users/:userId                                     ✓      ✓      ✓          ✓
  GET     /users/:userId/notices                             ✓      ✓      ✓          ✓
  POST    /users/:userId/reveal                              ✓      ✓      ✗          ✗

  # Staff accounts are the admin's. Silent on reading the list: the code lets everyone, who see
  # who a request is assigned to.
  GET     /staff                                             ✓      ✓      ✓          ✓
  POST    /staff                                             ✗      ✗      ✗          ✓
  PATCH   /staff/:id                                         ✗      ✗      ✗          ✓
  POST    /staff/:id/activation-code                         ✗      ✗      ✗          ✓

  # Dashboards: silent; the code gives each role its own, and the agent's to leads, who work
  # requests too.
  GET     /dashboard/agent                                   ✓      ✓      ✗          ✗
  GET     /dashboard/lead                                    ✗      ✓      ✗          ✗
  GET     /dashboard/compliance                              ✗      ✗      ✓          ✗
  GET     /dashboard/admin                                   ✗      ✗      ✗          ✓

  # Monthly reports: silent; the code gives them to everyone but agents.
  GET     /reports/monthly                                   ✗      ✓      ✓          ✓
  GET     /reports/monthly.csv                               ✗      ✓      ✓          ✓

  # Retention: a purge by hand is a compliance action (2026-12); admin reads everything. Silent
  # on agents and leads reading the list: the code refuses them.
  GET     /retention                                         ✗      ✗      ✓          ✓
  POST    /retention/purges                                  ✗      ✗      ✓          ✗

  # The working-day calendar and the settings are the admin's to change. Silent on reading
  # them: the code lets everyone, whose deadlines they set.
  GET     /calendar                                          ✓      ✓      ✓          ✓
  GET     /calendar/:year                                    ✓      ✓      ✓          ✓
  PUT     /calendar/:year                                    ✗      ✗      ✗          ✓
  GET     /settings                                          ✓      ✓      ✓          ✓
  PUT     /settings                                          ✗      ✗      ✗          ✓
  # The mock's tools (network faults, the data reset): silent; the code gives them to admin.
  GET     /admin/network-conditions                          ✗      ✗      ✗          ✓     mock
  PUT     /admin/network-conditions                          ✗      ✗      ✗          ✓     mock
  POST    /admin/reset                                       ✗      ✗      ✗          ✓     mock
  # What the mock's SMS gateway and mail relay were asked to send: the recipient's phone or
  # mailbox, for the end-to-end tests that play them.
  GET     /__mock/sms-outbox                                 ✓      ✓      ✓          ✓     public mock
  GET     /__mock/staff-outbox                               ✓      ✓      ✓          ✓     public mock
  `,
  ROLES,
)

// A well-formed value for each path parameter, so that the role check, which comes after the
// path is read, is what answers.
export const SAMPLE: Record<string, string> = {
  id: 'R000001',
  userId: 'U000001',
  year: '2026',
  incidentId: 'I000001',
  disclosureId: 'D000001',
  applicationId: 'A000001',
  recordId: '1',
  checkpointId: 'ACP00001',
  token: 'copy-link-token',
}

export function concretePath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = SAMPLE[name]
    if (value === undefined) throw new Error(`no sample value for path parameter ${name}`)
    return value
  })
}

/** What a route answered, as either HTTP client in the tests reads it. */
export interface RouteAnswer {
  status: number
  text: string
  body: unknown
}

function isErrorBody(answer: RouteAnswer, code: string): boolean {
  const body = answer.body as { code?: unknown; message?: unknown; correlationId?: unknown } | null
  return (
    body?.code === code &&
    typeof body.message === 'string' &&
    typeof body.correlationId === 'string'
  )
}

/** What the answer says about the caller's role, in the matrix's marks. */
export function accessOf(answer: RouteAnswer): Access | string {
  if (answer.status === 403) return isErrorBody(answer, 'FORBIDDEN') ? '✗' : `403 ${answer.text}`
  if (answer.status === 405) return '405'
  if (answer.status === 401) return `401 ${answer.text}`
  return '✓'
}

/** A 401 in the contract's error shape, as every route but a public one answers nobody. */
export function isUnauthenticated(answer: RouteAnswer): boolean {
  return answer.status === 401 && isErrorBody(answer, 'UNAUTHENTICATED')
}
