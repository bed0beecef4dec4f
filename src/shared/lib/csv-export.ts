import type { Language } from '../i18n/i18n'
import { toCsv, type CsvCell } from './csv'
import { beijingTime } from './working-days'

// What every CSV export shares, wherever it is written: the reader's language, Beijing time, and
// a byte-order mark so that spreadsheet programs (Excel in a Chinese locale among them) read the
// UTF-8 as UTF-8 rather than as the system's code page.

/**
 * The export's language from an Accept-Language header: the most preferred of Chinese and
 * English, Chinese when the header names neither (or is missing).
 */
export function exportLanguage(acceptLanguage: string | null | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { tag, q: q === undefined ? 1 : Number(q), index }
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en-US'
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
  }
  return 'zh-CN'
}

/** An export's time: Beijing time to the second; '' for none, and as written if not a time. */
export function exportTime(iso: string | null | undefined): string {
  if (!iso) return ''
  return Number.isNaN(Date.parse(iso)) ? iso : beijingTime(iso, 'second')
}

/** RFC 4180 text (formulas neutralised by toCsv) behind a UTF-8 byte-order mark. */
export function csvForSpreadsheets(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${toCsv(header, rows)}`
}
