import { defineList, positiveInt, raw, type StateOf } from '../../../shared/list-view/list-spec'
import type { LedgerParams } from '../api/disclosure-api'

export const LEDGER_TABS = ['ledger', 'applications', 'integrity'] as const
export type LedgerTab = (typeof LEDGER_TABS)[number]

/** The ledger in the URL: a filtered view or an open record can be shared. */
export const LEDGER_LIST = defineList({
  tabs: { values: LEDGER_TABS, default: 'ledger' },
  filters: {
    userId: raw(),
    basis: raw(),
    recipientType: raw(),
    from: raw(),
    to: raw(),
    recordedBy: raw(),
  },
  /** The seq whose drawer is open. */
  extras: { record: positiveInt() },
  sort: { columns: { seq: 'seq', disclosedAt: 'disclosedAt' }, default: 'seq:desc' },
})
export type LedgerView = StateOf<typeof LEDGER_LIST>
export type FilterKey = keyof LedgerView['filters']

/** What the export sends: the filters on screen, not the page. */
export function filterParams(view: LedgerView): LedgerParams {
  return { ...view.filters }
}
