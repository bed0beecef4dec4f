import { mergeProblem } from '../../src/shared/lib/duplicates'
import { HttpError, route } from '../http/route'
import { declinePending } from './fees'
import { actOnRequest, resume } from './requests'
import { requestEndpoints } from '../../src/shared/api/endpoints/requests'

// A duplicate (same user, same type, while another is open) is merged into the open request:
// it ends as withdrawn, and what staff noted on it moves to the request that is worked.

const PROBLEM_MESSAGES: Record<NonNullable<ReturnType<typeof mergeProblem>>, string> = {
  not_found: 'No such request to merge into',
  same_request: 'A request cannot be merged into itself',
  other_user_or_type: 'Only a request of the same user and type can be merged into',
  target_closed: 'The request to merge into is no longer open',
  duplicate_closed: 'This request is no longer open',
}

export const duplicateHandlers = [
  route(requestEndpoints.merge, {
    async handle(ctx) {
      const { backend, body, staff } = ctx
      const at = new Date(ctx.now).toISOString()
      let carried: { id: string; at: string; authorId: string; text: string }[] = []
      const merged = await actOnRequest(
        ctx,
        'merge',
        (draft) => {
          carried = draft.notes.map((n) => ({
            ...n,
            id: crypto.randomUUID(),
            text: `${draft.id}: ${n.text}`,
          }))
          declinePending(draft, at, staff.id, `merged into ${body.into}`)
          resume(backend, draft, at)
          draft.status = 'withdrawn'
          draft.completedAt = at
          draft.mergedInto = body.into
          return { event: 'merged_into', facts: { requestId: body.into } }
        },
        (current) => {
          const problem = mergeProblem(current, backend.db.requests.get(body.into))
          if (problem)
            throw new HttpError(409, 'MERGE_NOT_ALLOWED', PROBLEM_MESSAGES[problem], {
              problem,
              into: body.into,
            })
        },
      )
      await backend.db.requests.update(body.into, (draft) => {
        draft.notes.push(...carried)
        draft.version += 1
        draft.timeline.push({
          at,
          actorId: staff.id,
          action: 'merged_from',
          reason: null,
          facts: { requestId: merged.id },
        })
      })
      await ctx.audit('request.merged_from', body.into, { reason: merged.id })
      return merged
    },
  }),
]
