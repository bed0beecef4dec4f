import { z } from './zod'

// A new staff member's activation: apart from the other schemas, since only the public activation
// page sends it, and its password rules need not reach the signed-in screens.

// The password rule of a staff account, which the member sets with their activation code; here so
// the activation page previews exactly what the server enforces: 10–64 characters, upper- and
// lower-case letters, a digit and a symbol, and not containing the username.
export const STAFF_PASSWORD_RULES = [
  'length',
  'lower',
  'upper',
  'digit',
  'symbol',
  'username',
] as const
export type StaffPasswordRule = (typeof STAFF_PASSWORD_RULES)[number]
const PASSWORD_RULE_MESSAGES: Record<StaffPasswordRule, string> = {
  length: 'must be 10–64 characters',
  lower: 'needs a lower-case letter',
  upper: 'needs an upper-case letter',
  digit: 'needs a digit',
  symbol: 'needs a symbol',
  username: 'must not contain the username',
}
export function staffPasswordProblems(password: string, username: string): StaffPasswordRule[] {
  const failed: StaffPasswordRule[] = []
  if (password.length < 10 || password.length > 64) failed.push('length')
  if (!/[a-z]/.test(password)) failed.push('lower')
  if (!/[A-Z]/.test(password)) failed.push('upper')
  if (!/\d/.test(password)) failed.push('digit')
  if (!/[^A-Za-z0-9]/.test(password)) failed.push('symbol')
  const name = username.trim().toLowerCase()
  if (name.length >= 3 && password.toLowerCase().includes(name)) failed.push('username')
  return failed
}

export const activateStaffInputSchema = z
  .object({
    username: z.string().check(z.minLength(1), z.maxLength(64), z.trim()),
    code: z.string().check(z.minLength(1), z.maxLength(32), z.trim(), z.toUpperCase()),
    password: z.string().check(z.maxLength(64)),
  })
  .check(
    z.superRefine((value, ctx) => {
      for (const rule of staffPasswordProblems(value.password, value.username)) {
        ctx.addIssue({
          code: 'custom',
          path: ['password'],
          message: `password ${PASSWORD_RULE_MESSAGES[rule]}`,
        })
      }
    }),
  )
export type ActivateStaffInput = z.infer<typeof activateStaffInputSchema>
export const staffActivationResultSchema = z.object({ username: z.string() })
