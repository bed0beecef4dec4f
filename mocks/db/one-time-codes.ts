import { sha256Hex } from '../../src/shared/lib/hash-chain'

/**
 * How every one-time code is stored (copy links, staff activation, a new phone's re-verification):
 * only a SHA-256 of the code bound to what it unlocks, so a leaked table unlocks nothing else.
 */
export function codeHash(...parts: string[]): Promise<string> {
  return sha256Hex(parts.join(':'))
}
