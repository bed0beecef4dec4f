import { useState } from 'react'
import type { BodyInput } from '../api/endpoint'
import {
  currentFromConflict,
  useRequestAction,
  type RequestActionEndpoint,
  type RequestActionVariables,
} from '../api/requests'
import type { RequestDetail } from '../api/schemas'
import { ConflictDialog } from './conflict-dialog'

interface Pending {
  seen: RequestDetail
  current: RequestDetail
  endpoint: RequestActionEndpoint
  body: RequestActionVariables['body']
  resolve(result: RequestDetail | null): void
}

/**
 * Acting on a request from its page: the version the person saw goes along, and a 412 opens
 * the conflict dialog instead of failing, with the person's input kept for a reapply.
 * Resolves with the updated request, or null if the person discarded their change.
 */
export function useRequestCommand(request: RequestDetail) {
  const mutation = useRequestAction()
  const [pending, setPending] = useState<Pending | null>(null)

  const send = (
    endpoint: RequestActionEndpoint,
    body: RequestActionVariables['body'],
    version: number,
    seen: RequestDetail,
  ): Promise<RequestDetail | null> =>
    mutation.mutateAsync({ id: request.id, endpoint, body, version }).catch((error: unknown) => {
      const current = currentFromConflict(error)
      if (!current) throw error
      return new Promise<RequestDetail | null>((resolve) =>
        setPending({ seen, current, endpoint, body, resolve }),
      )
    })

  /** Runs an action of the request tables (`requestEndpoints.decide` …) with its typed body. */
  const run = <E extends RequestActionEndpoint>(endpoint: E, body: BodyInput<E>) =>
    send(endpoint, body, request.version, request)

  const dialog = pending ? (
    <ConflictDialog
      seen={pending.seen}
      current={pending.current}
      busy={mutation.isPending}
      onDiscard={() => {
        pending.resolve(null)
        setPending(null)
      }}
      onReapply={() => {
        const { endpoint, body, current, resolve } = pending
        setPending(null)
        send(endpoint, body, current.version, current).then(resolve, () => resolve(null))
      }}
    />
  ) : null

  return {
    run,
    dialog,
    isPending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  }
}
