import type { BodyInput } from '../api/endpoint'
import {
  currentFromConflict,
  useRequestAction,
  type RequestActionEndpoint,
  type RequestActionVariables,
} from '../api/requests'
import type { RequestDetail } from '../api/schemas'
import { ConflictDialog } from './conflict-dialog'
import { useConflictRetry } from './use-conflict-retry'

/**
 * Acting on a request from its page: the version the person saw goes along, and a 412 opens
 * the conflict dialog instead of failing, with the person's input kept for a reapply.
 * Resolves with the updated request, or null if the person discarded their change.
 */
export function useRequestCommand(request: RequestDetail) {
  const mutation = useRequestAction()
  const retry = useConflictRetry(
    ({ endpoint, body }: Pick<RequestActionVariables, 'endpoint' | 'body'>, version: number) =>
      mutation.mutateAsync({ id: request.id, endpoint, body, version }),
    currentFromConflict,
  )

  /** Runs an action of the request tables (`requestEndpoints.decide` …) with its typed body. */
  const run = <E extends RequestActionEndpoint>(endpoint: E, body: BodyInput<E>) =>
    retry.attempt<RequestDetail>({ endpoint, body }, request)

  const dialog = retry.pending ? (
    <ConflictDialog
      seen={retry.pending.seen}
      current={retry.pending.current}
      busy={mutation.isPending}
      onDiscard={retry.discard}
      onReapply={retry.reapply}
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
