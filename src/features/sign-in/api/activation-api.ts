import { apiRequest } from '../../../shared/api/http-client'
import { staffActivationResultSchema, type ActivateStaffInput } from '../../../shared/api/schemas'

/** Public: the member proves they hold the code sent to them and sets their own password. */
export function activateStaffAccount(body: ActivateStaffInput) {
  return apiRequest(staffActivationResultSchema, '/staff-activation', { method: 'POST', body })
}
