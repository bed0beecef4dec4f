import { z } from '../../src/shared/api/zod'

// CONTRACT (Sessions and roles): passwords are stored only as salted PBKDF2-SHA-256 hashes.
// OWASP's figure for PBKDF2-SHA-256 is higher; this one keeps a sign-in in the browser's
// service worker well under a second while a stolen table still costs a guesser dearly.
export const PBKDF2_ITERATIONS = 100_000

export const passwordHashSchema = z.object({
  salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  iterations: z.int().check(z.positive()),
  /** The 256-bit derived key, lowercase hex. */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
export type PasswordHash = z.infer<typeof passwordHashSchema>

function hex(bytes: ArrayBuffer): string {
  let out = ''
  for (const b of new Uint8Array(bytes)) out += b.toString(16).padStart(2, '0')
  return out
}

// The salt goes in as the bytes of its hex text, and random bytes come from randomUUID: byte
// arrays made here would come from jsdom's realm under the component tests, and Node's WebCrypto
// rejects those.
async function derive(password: string, salt: string, iterations: number): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations },
    key,
    256,
  )
  return hex(bits)
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.randomUUID().replaceAll('-', '').slice(0, 32)
  return {
    salt,
    iterations: PBKDF2_ITERATIONS,
    hash: await derive(password, salt, PBKDF2_ITERATIONS),
  }
}

// Compares every character whatever differs first, so the time taken says nothing about how
// much of a guess was right.
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  return constantTimeEqual(await derive(password, stored.salt, stored.iterations), stored.hash)
}
