import { adminHandlers } from './handlers/admin'
import { auditHandlers } from './handlers/audit'
import { cancellationHandlers } from './handlers/cancellations'
import { copyRequestHandlers } from './handlers/copy-requests'
import { dashboardHandlers } from './handlers/dashboards'
import { deletionHandlers } from './handlers/deletions'
import { disclosureHandlers } from './handlers/disclosures'
import { duplicateHandlers } from './handlers/duplicates'
import { feeHandlers } from './handlers/fees'
import { identityCheckHandlers } from './handlers/identity-checks'
import { incidentHandlers } from './handlers/incidents'
import { reportHandlers } from './handlers/reports'
import { retentionHandlers } from './handlers/retention'
import { requestHandlers } from './handlers/requests'
import { rightsRequestHandlers } from './handlers/rights-requests'
import { sessionHandlers } from './handlers/session'
import { staffHandlers } from './handlers/staff'
import { staffActivationHandlers } from './handlers/staff-activation'
import { testOutboxHandlers } from './handlers/test-outboxes'
import { userHandlers } from './handlers/users'

export const handlers = [
  ...sessionHandlers,
  ...requestHandlers,
  ...identityCheckHandlers,
  ...cancellationHandlers,
  ...rightsRequestHandlers,
  ...deletionHandlers,
  ...feeHandlers,
  ...duplicateHandlers,
  ...copyRequestHandlers,
  ...userHandlers,
  ...disclosureHandlers,
  ...adminHandlers,
  ...staffHandlers,
  ...staffActivationHandlers,
  ...auditHandlers,
  ...incidentHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
  ...retentionHandlers,
  ...testOutboxHandlers,
]
