import type { BrowserContext } from '@playwright/test'
import * as copySchemas from '../src/shared/api/copy-schemas'
import * as dashboardSchemas from '../src/shared/api/dashboard-schemas'
import * as disclosureSchemas from '../src/shared/api/disclosure-schemas'
import * as enums from '../src/shared/api/enums'
import * as feeSchemas from '../src/shared/api/fee-schemas'
import * as incidentSchemas from '../src/shared/api/incident-schemas'
import * as personalData from '../src/shared/api/personal-data'
import * as retentionSchemas from '../src/shared/api/retention-schemas'
import * as rightsSchemas from '../src/shared/api/rights-schemas'
import * as schemas from '../src/shared/api/schemas'
import { AUDIT_ACTION_CODES } from '../src/shared/i18n/audit-actions'

// What a Chinese console must never show as text: the API's enum values, error codes, audit action
// codes and a server's (English) messages. Each is a sign that a screen shows what the backend sent
// instead of the console's own words for it.

/** One piece of raw text seen on screen. */
export interface RawText {
  kind: 'enum value' | 'audit action' | 'error code' | 'English'
  /** The offending word. */
  word: string
  /** The whole text it was part of. */
  text: string
  url: string
}

interface ZodLike {
  _zod: { def: Record<string, unknown> }
}
const isSchema = (v: unknown): v is ZodLike =>
  typeof v === 'object' && v !== null && '_zod' in v && typeof v._zod === 'object'

/** The string values of every enum and literal reachable from the exported schemas. */
function enumValues(modules: readonly Record<string, unknown>[]): string[] {
  const values = new Set<string>()
  const seen = new Set<unknown>()
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit)
    if (!isSchema(v) || seen.has(v)) return
    seen.add(v)
    const def = v._zod.def
    if (def.type === 'enum') Object.values(def.entries as object).forEach((e) => values.add(e))
    if (def.type === 'literal')
      (def.values as unknown[]).forEach((e) => typeof e === 'string' && values.add(e))
    for (const [key, child] of Object.entries(def)) {
      if (key === 'shape') Object.values(child as object).forEach(visit)
      else visit(child)
    }
  }
  modules.forEach((m) => Object.values(m).forEach(visit))
  return [...values]
}

const ENUM_VALUES = enumValues([
  enums,
  schemas,
  copySchemas,
  dashboardSchemas,
  disclosureSchemas,
  feeSchemas,
  incidentSchemas,
  personalData,
  retentionSchemas,
  rightsSchemas,
])

/**
 * Watches every page of the context, from before its first script, and reports raw text to
 * `report`. Only text under a Chinese `lang` counts: an English console, or an English notice the
 * Chinese console shows on purpose (lang="en"), is meant to read in English. Left out, each for its
 * reason: what a person types (form controls), text nobody sees (scripts, styles, hidden nodes),
 * a raw code kept for auditors in an element marked `data-raw`, and what a person wrote, shown back
 * as written and so marked `translate="no"` (a staff note may be in any language).
 */
export async function watchRawText(context: BrowserContext, report: (found: RawText) => void) {
  await context.exposeBinding('__reportRawText', (_source, found: RawText) => report(found))
  await context.addInitScript(
    ({ enumValues, actionCodes }) => {
      const enums = new Set(enumValues)
      const actions = new Set(actionCodes)
      const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
      const ENGLISH_WORD = /^[a-z]{3,}$/
      // A word as an identifier is written: letters, digits and the marks that join them (an
      // address's "http://" stays part of the address).
      const WORD = /[A-Za-z0-9_.:@/\\-]+/g
      const SKIP =
        'script,style,noscript,template,textarea,input,select,[contenteditable],[data-raw],[translate="no"]'
      const report = (window as unknown as { __reportRawText(found: unknown): void })
        .__reportRawText
      const reported = new Set<string>()
      // Text found while hidden counts once it shows.
      let hidden: { node: Text; kind: string; word: string }[] = []

      const finding = (text: string): { kind: string; word: string } | null => {
        for (const match of text.matchAll(WORD)) {
          const word = match[0].replace(/[.:\-/]+$/, '')
          if (actions.has(word)) return { kind: 'audit action', word }
          if (enums.has(word)) return { kind: 'enum value', word }
          if (UPPER_SNAKE.test(word)) return { kind: 'error code', word }
          if (ENGLISH_WORD.test(word)) return { kind: 'English', word }
        }
        return null
      }
      const chinese = (el: Element) =>
        (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')
      const shown = (el: Element) =>
        el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
      const send = (node: Text, kind: string, word: string) => {
        const text = (node.textContent ?? '').trim()
        const key = `${kind}|${word}|${text}|${location.href}`
        if (reported.has(key)) return
        reported.add(key)
        report({ kind, word, text, url: location.href })
      }
      // antd's selects keep a list of their option values for screen readers, drawn at zero size;
      // a reader hears each option's aria-label (its words), and nobody sees the values.
      const screenReaderList = (el: Element) => {
        const list = el.closest('[role="listbox"]')
        return list instanceof HTMLElement && list.offsetWidth === 0 && list.offsetHeight === 0
      }
      const check = (node: Text) => {
        const el = node.parentElement
        if (!el || el.closest(SKIP) || !chinese(el) || screenReaderList(el)) return
        const found = finding(node.textContent ?? '')
        if (!found) return
        if (shown(el)) send(node, found.kind, found.word)
        else hidden.push({ node, ...found })
      }
      const checkTree = (root: Node) => {
        if (root.nodeType === Node.TEXT_NODE) return check(root as Text)
        if (root.nodeType !== Node.ELEMENT_NODE) return
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) check(n as Text)
      }
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') checkTree(r.target)
          else if (r.type === 'childList') r.addedNodes.forEach(checkTree)
          // A change of language relabels the page: what stayed is checked again.
          else if (r.attributeName === 'lang') checkTree(r.target)
        }
        hidden = hidden.filter(({ node, kind, word }) => {
          const el = node.parentElement
          if (!node.isConnected || !el) return false
          if (!shown(el)) return true
          if (chinese(el) && !screenReaderList(el) && finding(node.textContent ?? ''))
            send(node, kind, word)
          return false
        })
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'lang'],
      })
    },
    { enumValues: ENUM_VALUES, actionCodes: [...AUDIT_ACTION_CODES] },
  )
}
