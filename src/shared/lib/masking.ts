const MASK = '*'

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
