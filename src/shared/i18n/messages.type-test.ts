// Compiled with the app by `tsc -b` and never run or bundled: every `@ts-expect-error` below fails
// the build if the line under it ever compiles, so this file is the test that message trees and
// keys are checked. (The runtime's behaviour is tested in i18n.test.tsx.)
import type { RequestStatus } from '../api/enums'
import type { TFunction } from './i18n'
import { english } from './messages'

// The type of a Chinese tree such as `{ title: '标题', days: '{{count}} 天', … }`.
interface Chinese {
  title: string
  days: string
  group: { leaf: string; other: string }
  months: string[]
}

export const englishTrees = [
  // The same keys and nesting, a plural given as its two forms, a list as a list: compiles.
  english<Chinese>()({
    title: 'Title',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    group: { leaf: 'Leaf', other: 'Other' },
    months: ['January', 'February'],
  }),
  english<Chinese>()({
    title: 'Title',
    days: 'Days',
    // @ts-expect-error a key missing in English
    group: { leaf: 'Leaf' },
    months: [],
  }),
  english<Chinese>()({
    title: 'Title',
    days: 'Days',
    // @ts-expect-error a misspelt key
    group: { leaf: 'Leaf', other: 'Other', lefa: 'Leaf' },
    months: [],
  }),
  english<Chinese>()({
    // @ts-expect-error a group where Chinese has a string
    title: { text: 'Title' },
    days: 'Days',
    group: { leaf: 'Leaf', other: 'Other' },
    months: [],
  }),
  english<Chinese>()({
    title: 'Title',
    // @ts-expect-error one plural form without the other
    days_one: '{{count}} day',
    group: { leaf: 'Leaf', other: 'Other' },
    months: [],
  }),
]

export function keys(t: TFunction<'common'>, any: TFunction, status: RequestStatus) {
  return [
    t('menu.queue'),
    t('common:menu.queue'),
    t('errors:status.other'),
    t(`status.${status}`),
    t('status', { returnObjects: true }),
    t(`timeline.${String(status)}`, { defaultValue: status }),
    // Any namespace's `t` may stand in for the one that names every key with its namespace.
    ((helper: TFunction) => helper('common:common.none'))(t),
    any('common:common.none'),
    // @ts-expect-error a misspelt key
    t('menu.queeu'),
    // @ts-expect-error a key of another namespace without its name
    t('status.other'),
    // @ts-expect-error a misspelt namespace
    t('comon:menu.queue'),
    // @ts-expect-error a group where a message is expected
    t('menu'),
    // @ts-expect-error a name the data decides, without saying what to show when it is missing
    t(`timeline.${String(status)}`),
    // @ts-expect-error ... and only inside a group that exists
    t(`timelines.${String(status)}`, { defaultValue: status }),
    // @ts-expect-error a helper's `t` takes only keys that name their namespace
    any('menu.queue'),
  ]
}
