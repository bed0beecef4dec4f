import type { AnyEndpoint } from '../endpoint'
import { activationEndpoints } from './activation'
import { adminEndpoints } from './admin'
import { auditEndpoints } from './audit'
import { cancellationEndpoints } from './cancellations'
import { copyEndpoints } from './copies'
import { dashboardEndpoints } from './dashboards'
import { deletionEndpoints } from './deletions'
import { disclosureEndpoints } from './disclosures'
import { feeEndpoints } from './fees'
import { identityCheckEndpoints } from './identity-checks'
import { incidentEndpoints } from './incidents'
import { reportEndpoints } from './reports'
import { requestEndpoints } from './requests'
import { retentionEndpoints } from './retention'
import { rightsEndpoints } from './rights'
import { sessionEndpoints } from './session'
import { staffEndpoints } from './staff'
import { userEndpoints } from './users'

// Every table of the API, for the OpenAPI document and the tests. Pages import the one table of
// their domain instead, so that this index stays out of their bundles.
export const ENDPOINT_TABLES = {
  session: sessionEndpoints,
  activation: activationEndpoints,
  requests: requestEndpoints,
  identityChecks: identityCheckEndpoints,
  cancellations: cancellationEndpoints,
  deletions: deletionEndpoints,
  rights: rightsEndpoints,
  fees: feeEndpoints,
  copies: copyEndpoints,
  incidents: incidentEndpoints,
  disclosures: disclosureEndpoints,
  audit: auditEndpoints,
  users: userEndpoints,
  staff: staffEndpoints,
  dashboards: dashboardEndpoints,
  reports: reportEndpoints,
  retention: retentionEndpoints,
  admin: adminEndpoints,
}

function isEndpoint(value: unknown): value is AnyEndpoint {
  return typeof value === 'object' && value !== null && 'method' in value && 'path' in value
}

function collect(value: unknown, into: AnyEndpoint[]): AnyEndpoint[] {
  if (isEndpoint(value)) into.push(value)
  else if (Array.isArray(value)) for (const item of value) collect(item, into)
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collect(item, into)
  return into
}

/** Every endpoint of the API, once each. */
export const ALL_ENDPOINTS: readonly AnyEndpoint[] = collect(ENDPOINT_TABLES, [])
