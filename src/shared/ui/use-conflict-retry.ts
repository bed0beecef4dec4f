import { useState } from 'react'

export interface ConflictPending<S, A> {
  /** The record as the person saw it when they acted. */
  seen: S
  /** The record as the 412 says it stands now. */
  current: S
  action: A
  resolve(result: unknown): void
}

/**
 * Acting on a versioned record: the version the person saw goes along, and a 412 holds the action
 * (the person's input kept) until they reapply it on the latest version or discard it, instead of
 * failing. `attempt` resolves with the action's answer, or null when the person discarded it.
 */
export function useConflictRetry<S extends { version: number }, A>(
  send: (action: A, version: number) => Promise<unknown>,
  conflictOf: (error: unknown) => S | null,
) {
  const [pending, setPending] = useState<ConflictPending<S, A> | null>(null)

  const attempt = <R>(action: A, seen: S): Promise<R | null> =>
    (send(action, seen.version) as Promise<R>).catch((error: unknown) => {
      const current = conflictOf(error)
      if (!current) throw error
      return new Promise<R | null>((resolve) =>
        setPending({ seen, current, action, resolve: resolve as (result: unknown) => void }),
      )
    })

  const discard = () => {
    pending?.resolve(null)
    setPending(null)
  }

  const reapply = () => {
    if (!pending) return
    const { action, current, resolve } = pending
    setPending(null)
    attempt(action, current).then(resolve, () => resolve(null))
  }

  return { attempt, pending, discard, reapply }
}
