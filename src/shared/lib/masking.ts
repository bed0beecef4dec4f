const MASK = '*'

/** A mainland mobile number as the platform stores it: 11 digits starting with 1[3-9]. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

// Keeps at most `head` leading and `tail` trailing characters, but never so many that fewer than
// `minMasked` remain hidden: a short or odd value must not reveal more than the rule intends.
function keepEnds(value: string, head: number, tail: number, minMasked: number): string {
  const chars = Array.from(value)
  const revealable = Math.max(0, chars.length - minMasked)
  const keepHead = Math.min(head, revealable)
  const keepTail = Math.min(tail, revealable - keepHead)
  return (
    chars.slice(0, keepHead).join('') +
    MASK.repeat(chars.length - keepHead - keepTail) +
    chars.slice(chars.length - keepTail).join('')
  )
}

/** `330106199001011234` -> `330106********1234`. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber.trim(), 6, 4, 8)
}

// Separators are presentation only; dropping them keeps the kept digits the ones the rule means.
function compactPhone(phone: string): string {
  return phone.trim().replace(/[\s\-()]/g, '')
}

/** `13812345678` -> `138****5678`. */
export function maskPhone(phone: string): string {
  return keepEnds(compactPhone(phone), 3, 4, 4)
}

/** A birth date is hidden whole: its digits are the ones a masked ID number hides. */
export function maskBirthDate(): string {
  return '****-**-**'
}

/** `张三丰` -> `张**`; a one-character name is hidden completely. */
export function maskName(name: string): string {
  return keepEnds(name.trim(), 1, 0, 1)
}

/** True when the value carries a mask and masking it again would hide nothing more. */
export function isMasked(value: string): boolean {
  if (!value.includes(MASK)) return false
  return maskIdNumber(value) === value || maskPhone(value) === value || maskName(value) === value
}

/** The last four digits of a phone number (masked or not), or '' when there are not four. */
export function phoneLast4(phone: string): string {
  const last4 = compactPhone(phone).slice(-4)
  return /^\d{4}$/.test(last4) ? last4 : ''
}

// Free text (notes, reasons, messages, claims, names a person types) is masked where it holds a
// sequence shaped like a mainland phone number or a national ID number, in whatever form it was
// typed: full-width or other compatibility digits, and spaces or dashes between the digits.
const SEP = '[\\s\\-‐‑‒–—―−]*'
const DIGIT_SEQUENCE = new RegExp(
  `(?<!\\d)(?:` +
    `[1-9](?:${SEP}\\d){16}${SEP}[\\dXx]` +
    `|(?:\\+?86${SEP})?1${SEP}[3-9](?:${SEP}\\d){9}` +
    `)(?!\\d)`,
  'g',
)

/**
 * The text with every phone-number or ID-number shaped sequence masked (`138****5678`,
 * `330106********123X`). The sequences are found in the text's NFKC form, so `１３８`, `138 1234
 * 5678` and `138-1234-5678` are caught; everything else is kept exactly as typed.
 */
export function maskFreeText(text: string): string {
  // NFKC one code point at a time, remembering where each normalised character came from, so a
  // match can be cut out of the original text.
  let normal = ''
  const from: number[] = []
  const to: number[] = []
  let offset = 0
  for (const char of text) {
    const n = char.normalize('NFKC')
    for (let i = 0; i < n.length; i++) {
      from.push(offset)
      to.push(offset + char.length)
    }
    normal += n
    offset += char.length
  }
  let out = ''
  let kept = 0
  for (const match of normal.matchAll(DIGIT_SEQUENCE)) {
    const start = from[match.index] ?? 0
    const end = to[match.index + match[0].length - 1] ?? start
    if (start < kept) continue
    const compact = match[0].replace(/[^\dXx+]/g, '').toUpperCase()
    const masked = compact.length >= 18 ? maskIdNumber(compact) : maskPhoneWithCode(compact)
    out += text.slice(kept, start) + masked
    kept = end
  }
  return out + text.slice(kept)
}

function maskPhoneWithCode(compact: string): string {
  const national = compact.slice(-11)
  return compact.slice(0, compact.length - 11) + maskPhone(national)
}
