import { useMemo, useSyncExternalStore } from 'react'
import { zhCN as commonChinese } from './common/zh-CN'
import type { ObjectKey, StringKey } from './messages'

export const LANGUAGES = ['zh-CN', 'en-US'] as const
export type Language = (typeof LANGUAGES)[number]
/** Each language in its own words, as a language menu names them. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' }
// Chinese is complete: a message missing in English is shown in Chinese rather than as its key.
const FALLBACK_LANGUAGE: Language = 'zh-CN'
const DEFAULT_NAMESPACE = 'common' satisfies Namespace
// A UI preference, not personal data, so it may live in localStorage.
const LANGUAGE_KEY = 'console.language'

export function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY)
  return stored === 'en-US' ? 'en-US' : 'zh-CN'
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language)
}

/**
 * Every registered namespace's Chinese tree, by name. Each namespace's `i18n/index.ts` adds its
 * own entry (declaration merging), so `t` knows the keys of every namespace in the program.
 */
export interface Namespaces {
  common: typeof commonChinese
}
export type Namespace = keyof Namespaces

type PrefixedKey = { [N in Namespace]: `${N}:${StringKey<Namespaces[N]>}` }[Namespace]
type PrefixedObjectKey = { [N in Namespace]: `${N}:${ObjectKey<Namespaces[N]>}` }[Namespace]

/** A message of `N` (`group.name`), or of any namespace by its name (`common:group.name`). */
export type TKey<N extends Namespace = never> = StringKey<Namespaces[N]> | PrefixedKey
/** A group or list of `N`, or of any namespace by its name, for `returnObjects`. */
export type TObjectKey<N extends Namespace = never> = ObjectKey<Namespaces[N]> | PrefixedObjectKey

export interface TOptions {
  /** Also picks the English plural form: `key_one` or `key_other` when such keys exist. */
  count?: number
  /** Shown, after interpolation, when the key is missing in both languages. */
  defaultValue?: string
  /** Returns the array or group under the key instead of a string. */
  returnObjects?: boolean
  /** Values for `{{name}}` placeholders, inserted as they are (React escapes what it renders). */
  [name: string]: unknown
}

/**
 * Translates `key`: a message (`group.name`) of namespace `N`, or of any namespace by its name
 * (`common:group.name`). Without `N` it is any namespace's `t`, for helpers that name every key
 * with its namespace.
 */
export type TFunction<N extends Namespace = never> = Translate<TKey<N>, TObjectKey<N>>

// Generic in the keys themselves, so that any namespace's `t` is also a `TFunction` without one:
// a `t` that takes more keys may stand in for one that takes fewer.
interface Translate<Key extends string, GroupKey extends string> {
  (key: Key | GroupKey, options: TOptions & { returnObjects: true }): unknown
  (key: Key, options?: TOptions): string
  /**
   * A name the data decides (a code from the server, a value of an open list) inside a group that
   * exists: it must say what to show for a name the group does not have.
   */
  (key: `${GroupKey}.${string}`, options: TOptions & { defaultValue: string }): string
}

type Tree = Record<string, unknown>

/**
 * A namespace's messages: Chinese, which every screen needs at once, and English as given or, as
 * every namespace of the console gives it, as a loader, so that a Chinese console never downloads
 * the English messages of the screens it draws.
 */
export interface Messages {
  'zh-CN': Tree
  'en-US': Tree | (() => Promise<Tree>)
}

const bundles: Record<Language, Record<string, Tree>> = {
  'zh-CN': { [DEFAULT_NAMESPACE]: commonChinese },
  'en-US': {},
}
/** English loaders not run yet, in the order their namespaces registered. */
let pendingEnglish: { namespace: string; load: () => Promise<Tree> }[] = [
  { namespace: DEFAULT_NAMESPACE, load: () => import('./common/en-US').then((m) => m.enUS) },
]
// Once English is asked for, a namespace that registers later (a screen's code arriving) loads its
// English at once.
let englishWanted = false
const englishInFlight = new Set<Promise<void>>()

/**
 * What translated components render from. Replaced, never mutated, when the language changes or
 * a namespace arrives, so useSyncExternalStore re-renders every subscriber.
 */
interface Snapshot {
  readonly language: Language
  readonly revision: number
}
let snapshot: Snapshot = { language: storedLanguage(), revision: 0 }
const listeners = new Set<() => void>()

function publish(next: Snapshot): void {
  snapshot = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const getSnapshot = (): Snapshot => snapshot

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function merged(target: Tree, source: Tree): Tree {
  const result: Tree = { ...target }
  for (const [name, value] of Object.entries(source)) {
    const existing = result[name]
    result[name] = isTree(existing) && isTree(value) ? merged(existing, value) : value
  }
  return result
}

function addMessages(language: Language, namespace: string, tree: Tree): void {
  bundles[language][namespace] = merged(bundles[language][namespace] ?? {}, tree)
}

/** Each namespace registers itself when its module loads; registering again adds to it. */
export function registerMessages(namespace: string, messages: Messages): void {
  addMessages('zh-CN', namespace, messages['zh-CN'])
  const english = messages['en-US']
  if (typeof english === 'function') pendingEnglish.push({ namespace, load: english })
  else addMessages('en-US', namespace, english)
  publish({ ...snapshot, revision: snapshot.revision + 1 })
  if (englishWanted && typeof english === 'function') void loadLanguage('en-US').catch(() => {})
}

/**
 * Loads what `language` still lacks (Chinese is always there): every registered namespace's
 * English, and from then on each new namespace's as it registers. Translations made before it
 * settles fall back to Chinese. A loader that fails is kept, to be tried again by the next call.
 */
function loadLanguage(language: Language): Promise<void> {
  if (language === FALLBACK_LANGUAGE) return Promise.resolve()
  englishWanted = true
  const loading = pendingEnglish
  pendingEnglish = []
  if (loading.length > 0) {
    const batch = Promise.all(
      loading.map((entry) =>
        entry.load().then(
          (tree) => addMessages(language, entry.namespace, tree),
          (error: unknown) => {
            pendingEnglish.push(entry)
            return error instanceof Error ? error : new Error(String(error))
          },
        ),
      ),
    ).then((outcomes) => {
      publish({ ...snapshot, revision: snapshot.revision + 1 })
      const failure = outcomes.find((outcome) => outcome instanceof Error)
      if (failure) throw failure
    })
    englishInFlight.add(batch)
    batch.then(
      () => englishInFlight.delete(batch),
      () => englishInFlight.delete(batch),
    )
  }
  // Settles when the English asked for so far, by this call or an earlier one, is in.
  return Promise.all(englishInFlight).then(() => undefined)
}

function find(language: Language, namespace: string, path: readonly string[]): unknown {
  let node: unknown = bundles[language][namespace]
  for (const name of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, name)) return undefined
    node = (node as Tree)[name]
  }
  return node ?? undefined
}

const pluralRules = new Map<Language, Intl.PluralRules>()
function pluralCategory(language: Language, count: number): string {
  let rules = pluralRules.get(language)
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)))
  return rules.select(count)
}

/** The language's plural form, then the plain key, then the same in the fallback language. */
function resolve(
  language: Language,
  namespace: string,
  key: string,
  count: number | undefined,
): unknown {
  const path = key.split('.')
  const last = path.length - 1
  for (const lang of language === FALLBACK_LANGUAGE ? [language] : [language, FALLBACK_LANGUAGE]) {
    if (count !== undefined) {
      const plural = find(lang, namespace, [
        ...path.slice(0, last),
        `${path[last]}_${pluralCategory(lang, count)}`,
      ])
      if (plural !== undefined) return plural
    }
    const found = find(lang, namespace, path)
    if (found !== undefined) return found
  }
  return undefined
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g

/** A placeholder without a value stays as it is; one given as null or undefined becomes empty. */
function interpolate(text: string, values: TOptions): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const variable = name.trim()
    if (!Object.hasOwn(values, variable)) return placeholder
    const value = values[variable]
    return value === undefined || value === null ? '' : String(value)
  })
}

function translate(
  language: Language,
  defaultNamespace: string,
  fullKey: string,
  options: TOptions = {},
): unknown {
  const colon = fullKey.indexOf(':')
  const namespace = colon > 0 ? fullKey.slice(0, colon) : defaultNamespace
  const key = colon > 0 ? fullKey.slice(colon + 1) : fullKey
  const count = typeof options.count === 'number' ? options.count : undefined
  const found = resolve(language, namespace, key, count)
  if (typeof found === 'string') return interpolate(found, options)
  if (found !== undefined && options.returnObjects) return found
  // A missing message shows its key, so the gap is visible rather than blank.
  return interpolate(
    found === undefined && options.defaultValue !== undefined ? options.defaultValue : key,
    options,
  )
}

function fixedT<N extends Namespace>(language: Language, namespace: N): TFunction<N> {
  return ((key: string, options?: TOptions) =>
    translate(language, namespace, key, options)) as TFunction<N>
}

export const i18n = {
  /** Translation in a given language whatever the person chose, e.g. for text sent to a user. */
  getFixedT<N extends Namespace = typeof DEFAULT_NAMESPACE>(
    language: Language,
    namespace: N = DEFAULT_NAMESPACE as N,
  ): TFunction<N> {
    return fixedT(language, namespace)
  },
  /** Loads the messages `language` lacks; see LocaleProvider for switching to it. */
  loadLanguage,
  /** Shows `language` now: with what it has loaded, Chinese where it has not. */
  changeLanguage(language: Language): void {
    if (language !== snapshot.language) publish({ ...snapshot, language })
  },
  /** Everything registered under a namespace in one language. */
  getResourceBundle(language: Language, namespace: string): Tree | undefined {
    return bundles[language][namespace]
  },
}

/** The chosen language now, for code outside React (the HTTP client's Accept-Language). */
export function currentLanguage(): Language {
  return snapshot.language
}

/** The chosen language; re-renders the component when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getSnapshot).language
}

/**
 * Everything registered under `namespace` in the chosen language, for data that is not a message
 * (antd's locale); the component re-renders when the language changes or more of it arrives.
 */
export function useResourceBundle(namespace: string): Tree | undefined {
  return bundles[useSyncExternalStore(subscribe, getSnapshot).language][namespace]
}

/**
 * `t` in the chosen language for `namespace` (the shell's words by default). The component
 * re-renders when the language changes or when a namespace registers after it first rendered.
 */
export function useTranslation<N extends Namespace = typeof DEFAULT_NAMESPACE>(
  namespace: N = DEFAULT_NAMESPACE as N,
): { t: TFunction<N> } {
  const current = useSyncExternalStore(subscribe, getSnapshot)
  // A new t on every change, so memoised values that depend on t are recomputed too.
  const t = useMemo(() => fixedT(current.language, namespace), [current, namespace])
  return { t }
}
