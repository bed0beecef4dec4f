// The types that keep every namespace's English tree in step with its Chinese one, and every key
// passed to `t` in step with both. Types only (and one identity function), so any message file
// may import it without pulling in the runtime.

type PluralKey<K> = K extends string ? `${K}_one` | `${K}_other` : never

/** A Chinese string key whose English tree has both plural forms instead of the plain key. */
type Pluralised<K, En> = [PluralKey<K>] extends [keyof En] ? true : false

type Entry<Zh, En> = Zh extends string
  ? string
  : Zh extends readonly unknown[]
    ? readonly string[]
    : Messages<Zh, En>

/**
 * The English tree for the Chinese tree `Zh`: the same keys and nesting, where a string may be
 * given as its plural forms `key_one` and `key_other` (chosen by `count`) instead. `En` is the
 * English tree itself, so the type can tell which keys it gives as plurals; any other key is
 * typed `never`, so a misspelt or extra key fails like a missing one.
 */
export type Messages<Zh, En = Zh> = {
  -readonly [
    K in keyof Zh as Zh[K] extends string ? (Pluralised<K, En> extends true ? PluralKey<K> : K) : K
  ]: Entry<Zh[K], K extends keyof En ? En[K] : Zh[K]>
} & {
  [K in Exclude<keyof En, keyof Zh | PluralKey<keyof Zh>>]: never
}

/**
 * Checks an English tree against its Chinese one at compile time and returns it unchanged:
 * `export const enUS = english<typeof zhCN>()({ … })`. A function rather than a type annotation
 * because the check needs the English tree's own keys (which strings it gives as plurals); its
 * parameter is `const` so that a wrong key is reported on its own line.
 */
export function english<Zh>() {
  return <const En extends Messages<Zh, En>>(messages: En): En => messages
}

type Join<P extends string, K> = K extends string ? (P extends '' ? K : `${P}.${K}`) : never

/** Every `a.b.c` path in `T` that ends at a string. */
export type StringKey<T, P extends string = ''> = {
  [K in keyof T]: T[K] extends string
    ? Join<P, K>
    : T[K] extends readonly unknown[]
      ? never
      : StringKey<T[K], Join<P, K>>
}[keyof T]

/** Every `a.b.c` path in `T` that ends at a group or a list, for `returnObjects`. */
export type ObjectKey<T, P extends string = ''> = {
  [K in keyof T]: T[K] extends string
    ? never
    : T[K] extends readonly unknown[]
      ? Join<P, K>
      : Join<P, K> | ObjectKey<T[K], Join<P, K>>
}[keyof T]
