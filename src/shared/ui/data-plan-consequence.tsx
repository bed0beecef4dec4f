import type { DataPlanAction } from '../api/enums'
import type { DataPlanItem, RequestDetail } from '../api/schemas'
import { useTranslation } from '../i18n/i18n'
import '../i18n/data-plan'

const ACTIONS: readonly DataPlanAction[] = ['delete', 'anonymise', 'keep']

// Once a deletion's plan is fully carried out the server texts the user what went and what stays
// (a cancellation's user was told at approval); the console says so before and after.
const toldOnCompletion = (request: RequestDetail) => request.type === 'deletion'

/** The success message of carrying out `items` of the plan: how many of each, and who was told. */
export function planOutcome(request: RequestDetail, items: readonly DataPlanItem[]) {
  const count = (a: DataPlanAction) => items.filter((i) => i.action === a).length
  const values = {
    count: items.length,
    deleted: count('delete'),
    anonymised: count('anonymise'),
    kept: count('keep'),
    user: request.user.name,
  }
  return {
    key: toldOnCompletion(request) ? ('confirm.doneTold' as const) : ('confirm.done' as const),
    values,
  }
}

/**
 * The success message of carrying out one category, `left` being how many were pending before it:
 * the last one completes the plan, and a deletion's user is then told. The caller names the
 * category and its action in words.
 */
export function stepOutcome(request: RequestDetail, left: number) {
  return {
    key:
      toldOnCompletion(request) && left === 1
        ? ('confirm.doneOneTold' as const)
        : ('confirm.doneOne' as const),
    values: { user: request.user.name, userId: request.userId },
  }
}

/** What carrying out the rest of the plan does: whose data, each category by action, who is told. */
export function PlanConsequence({
  request,
  items,
}: {
  request: RequestDetail
  items: readonly DataPlanItem[]
}) {
  const { t } = useTranslation('dataPlan')
  const named = (i: DataPlanItem) =>
    i.action === 'keep' && i.purgeOn
      ? t('confirm.keptUntil', {
          category: t(`common:dataCategory.${i.category}`),
          date: i.purgeOn,
        })
      : t(`common:dataCategory.${i.category}`)
  return (
    <div data-testid="plan-consequence">
      <p>
        {t('confirm.body', {
          user: request.user.name,
          userId: request.userId,
          count: items.length,
        })}
      </p>
      <ul>
        {ACTIONS.map((action) => {
          const of = items.filter((i) => i.action === action)
          return of.length ? (
            <li key={action}>
              {t(`confirm.${action}`, { count: of.length, list: of.map(named).join('、') })}
            </li>
          ) : null
        })}
      </ul>
      {toldOnCompletion(request) && <p>{t('confirm.told', { user: request.user.name })}</p>}
    </div>
  )
}
