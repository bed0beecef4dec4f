import { callEndpoint } from '../../../shared/api/http-client'
import { type ActivateStaffInput } from '../../../shared/api/schemas'
import { sessionEndpoints } from '../../../shared/api/endpoints/session'

/** Public: the member proves they hold the code sent to them and sets their own password. */
export function activateStaffAccount(body: ActivateStaffInput) {
  return callEndpoint(sessionEndpoints.activate, { body })
}
