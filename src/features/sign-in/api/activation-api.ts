import { callEndpoint } from '../../../shared/api/http-client'
import { type ActivateStaffInput } from '../../../shared/api/activation-schemas'
import { activationEndpoints } from '../../../shared/api/endpoints/activation'

/** Public: the member proves they hold the code sent to them and sets their own password. */
export function activateStaffAccount(body: ActivateStaffInput) {
  return callEndpoint(activationEndpoints.activate, { body })
}
