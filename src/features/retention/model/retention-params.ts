import type { RetentionState } from '../../../shared/api/enums'
import { DATA_CATEGORIES } from '../../../shared/api/enums'
import {
  date,
  defineList,
  oneOf,
  serverParams,
  text,
  type StateOf,
} from '../../../shared/list-view/list-spec'
import type { RetentionParams } from '../api/retention-api'

/** What the list shows: what is still kept (the default), one state, or everything. */
export const STATE_VIEWS = ['kept', 'due', 'held', 'upcoming', 'purged', 'all'] as const
export type StateView = (typeof STATE_VIEWS)[number]
const STATES: Record<StateView, readonly RetentionState[]> = {
  kept: ['due', 'held', 'upcoming'],
  due: ['due'],
  held: ['held'],
  upcoming: ['upcoming'],
  purged: ['purged'],
  all: [],
}

/** The retention list in the URL: a filtered view can be shared and survives a reload. */
export const RETENTION_LIST = defineList({
  tabs: { values: STATE_VIEWS, default: 'kept', param: 'state' },
  filters: { category: oneOf(DATA_CATEGORIES), from: date(), to: date(), q: text() },
  sort: { columns: { purgeOn: 'purgeOn', category: 'category' }, default: 'purgeOn:asc' },
})
type RetentionView = StateOf<typeof RETENTION_LIST>

export const listParams = (view: RetentionView): RetentionParams => ({
  ...serverParams(view),
  state: STATES[view.tab],
})
