import type { Role } from '../shared/api/enums'

/** One seeded account of each role (CONTRACT: seeded accounts), for tests that act as a role. */
export const ACCOUNT_OF_ROLE: Record<Role, string> = {
  agent: 'agent01',
  lead: 'lead01',
  compliance: 'compliance01',
  admin: 'admin01',
}
