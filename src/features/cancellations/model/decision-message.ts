import type { CancellationCheck, RejectionReason } from '../../../shared/api/enums'
import type { TFunction } from '../../../shared/i18n/i18n'
import { shanghaiDate } from '../../../shared/lib/working-days'

export type { RejectionReason }
/** `t` fixed to the user's language; the template names every key with its namespace. */
export type Translate = TFunction

export interface DecisionMessageInput {
  outcome: 'approve' | 'reject'
  reasonCode?: RejectionReason | null
  /** The checks that block the cancellation now; a rejection for a blocking item names them. */
  blocking: readonly CancellationCheck[]
  requestId: string
  receivedAt: string
}

/**
 * The message the user receives, from the template of the chosen language (`translate` is fixed
 * to it). A rejection always carries its reason in words the user can read (PIPL art. 50).
 */
export function decisionMessage(translate: Translate, input: DecisionMessageInput): string {
  const base = { date: shanghaiDate(input.receivedAt), id: input.requestId }
  if (input.outcome === 'approve') return translate('cancellations:template.approve', base)
  // No template until the reason is chosen: the user must never read a reason nobody gave.
  const reasonCode = input.reasonCode
  if (!reasonCode) return ''
  const details =
    reasonCode === 'blocking_item'
      ? input.blocking
          .map((check) => translate(`cancellations:template.blocking.${check}`))
          .join('')
      : ''
  return translate('cancellations:template.reject', {
    ...base,
    reason: translate(`common:rejectionReason.${reasonCode}`),
    details,
  })
}
