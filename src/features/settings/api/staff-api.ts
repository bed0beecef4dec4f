import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../shared/api/api-error'
import { callEndpoint } from '../../../shared/api/http-client'
import { useIntentKey } from '../../../shared/api/requests'
import { type CreateStaffInput, type UpdateStaffInput } from '../../../shared/api/schemas'
import { staffEndpoints } from '../../../shared/api/endpoints/staff'

const STAFF_KEY = ['staff'] as const

export function useCreateStaff() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (body: CreateStaffInput) => {
      const { key, done } = intent(body)
      const created = await callEndpoint(staffEndpoints.create, { body, idempotencyKey: key })
      done()
      return created
    },
    meta: { invalidates: [STAFF_KEY] },
  })
}

/** Changes an account as last loaded (`version`): a change made meanwhile answers 412. */
export function useUpdateStaff() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      version,
      change,
    }: {
      id: string
      version: number
      change: UpdateStaffInput
    }) => callEndpoint(staffEndpoints.update, { params: { id }, body: change, version }),
    onError: (error) => {
      if (isApiError(error, 412)) void queryClient.invalidateQueries({ queryKey: STAFF_KEY })
    },
    meta: { invalidates: [STAFF_KEY] },
  })
}

/** A new one-time code goes to the member themselves; their current password stops working. */
export function useIssueActivationCode() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (id: string) => {
      const { key, done } = intent({ issueActivationCode: id })
      const updated = await callEndpoint(staffEndpoints.sendActivationCode, {
        params: { id },
        body: {},
        idempotencyKey: key,
      })
      done()
      return updated
    },
    meta: { invalidates: [STAFF_KEY] },
  })
}
