import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../shared/api/api-error'
import { apiRequest } from '../../../shared/api/http-client'
import { useIntentKey } from '../../../shared/api/requests'
import {
  staffSchema,
  type CreateStaffInput,
  type UpdateStaffInput,
} from '../../../shared/api/schemas'

const STAFF_KEY = ['staff'] as const

export function useCreateStaff() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (body: CreateStaffInput) => {
      const { key, done } = intent(body)
      const created = await apiRequest(staffSchema, '/staff', {
        method: 'POST',
        body,
        idempotencyKey: key,
      })
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
    }) =>
      apiRequest(staffSchema, `/staff/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: change,
        ifMatch: version,
      }),
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
      const updated = await apiRequest(
        staffSchema,
        `/staff/${encodeURIComponent(id)}/activation-code`,
        { method: 'POST', body: {}, idempotencyKey: key },
      )
      done()
      return updated
    },
    meta: { invalidates: [STAFF_KEY] },
  })
}
