import type { Staff } from '../../src/shared/api/schemas'
import type { StaffAccount } from './database'
import { hashPassword, type PasswordHash } from './passwords'

// CONTRACT.md: the seeded staff; every password is Demo@2026.
export const DEMO_PASSWORD = 'Demo@2026'

export const STAFF_SEED: (Omit<Staff, 'activated' | 'version'> & { password: string })[] = [
  {
    id: 'S001',
    username: 'agent01',
    displayName: '客服小李',
    role: 'agent',
    active: true,
    password: DEMO_PASSWORD,
  },
  {
    id: 'S002',
    username: 'agent02',
    displayName: '客服小王',
    role: 'agent',
    active: true,
    password: DEMO_PASSWORD,
  },
  {
    id: 'S003',
    username: 'lead01',
    displayName: '主管陈',
    role: 'lead',
    active: true,
    password: DEMO_PASSWORD,
  },
  {
    id: 'S004',
    username: 'compliance01',
    displayName: '合规周',
    role: 'compliance',
    active: true,
    password: DEMO_PASSWORD,
  },
  {
    id: 'S005',
    username: 'admin01',
    displayName: '管理员',
    role: 'admin',
    active: true,
    password: DEMO_PASSWORD,
  },
  // Beyond CONTRACT.md's list: a third-party disclosure needs a second compliance manager's approval.
  {
    id: 'S006',
    username: 'compliance02',
    displayName: '合规吴',
    role: 'compliance',
    active: true,
    password: DEMO_PASSWORD,
  },
]

// A seed hashes each distinct password once, so the seeded accounts share a salt: their password
// is public anyway, and seeding (every test, every reset) must not pay for a hash per account.
// Accounts created later each get their own salt.
const seedHashes = new Map<string, Promise<PasswordHash>>()

export async function seedStaffAccounts(): Promise<StaffAccount[]> {
  return Promise.all(
    STAFF_SEED.map(async ({ password, ...staff }) => {
      let hash = seedHashes.get(password)
      if (!hash) seedHashes.set(password, (hash = hashPassword(password)))
      // Made-up work mailboxes: where a new activation code would go.
      return {
        ...staff,
        version: 1,
        passwordHash: await hash,
        contact: `${staff.username}@staff.example.com`,
      }
    }),
  )
}
