import { z } from './zod'
import { PERSONAL_DATA_CATEGORIES } from './enums'

// What the platform may hold about a user (the list itself is in enums.ts, beside the data-plan
// categories derived from it): an access answer (policy 6(1)) states each as held or not held, a
// copy (6(7)) says of each whether it is in the package and, if not, why.
export { PERSONAL_DATA_CATEGORIES }

const isoDateTime = z.iso.datetime({ offset: true })

export const personalDataCategorySchema = z.enum(PERSONAL_DATA_CATEGORIES)
export type PersonalDataCategory = z.infer<typeof personalDataCategorySchema>

/** The words for each category: the console's labels and the server's messages use these. */
export const PERSONAL_DATA_LABELS: Record<
  'zh-CN' | 'en-US',
  Record<PersonalDataCategory, string>
> = {
  'zh-CN': {
    profile: '基本资料',
    identity: '身份信息',
    contact: '联系方式',
    device_logs: '设备信息与系统日志',
    location: '位置信息',
    task_history: '任务记录',
    account_list: '通讯录与聊天记录',
    marketing_profile: '营销画像',
    payments: '支付与收益记录',
    consents: '授权记录',
    disclosure_records: '对外提供记录',
  },
  'en-US': {
    profile: 'Profile',
    identity: 'Identity',
    contact: 'Contact details',
    device_logs: 'Device and system logs',
    location: 'Location',
    task_history: 'Task history',
    account_list: 'Account list and chats',
    marketing_profile: 'Marketing profile',
    payments: 'Payments and earnings',
    consents: 'Consent records',
    disclosure_records: 'Disclosure records',
  },
}

/** `位置信息（Location）、营销画像（Marketing profile）`: categories named in words, both languages. */
export function categoriesInWords(categories: readonly PersonalDataCategory[]): string {
  return categories
    .map((c) => `${PERSONAL_DATA_LABELS['zh-CN'][c]}（${PERSONAL_DATA_LABELS['en-US'][c]}）`)
    .join('、')
}

/**
 * Where each category lives. `records`: the platform keeps it per user and can copy it.
 * `not_kept`: used on the device or at the moment and never stored (location for nearby tasks,
 * the account list for quick sign-in). `third_party`: the push and marketing provider builds and
 * keeps the marketing profile; the platform holds no copy of it.
 */
export const CATEGORY_HOLDING: Record<
  PersonalDataCategory,
  'records' | 'not_kept' | 'third_party'
> = {
  profile: 'records',
  identity: 'records',
  contact: 'records',
  device_logs: 'records',
  location: 'not_kept',
  task_history: 'records',
  account_list: 'not_kept',
  marketing_profile: 'third_party',
  payments: 'records',
  consents: 'records',
  disclosure_records: 'records',
}

/** Why a category is not held, or not in a copy. */
export const NOT_HELD_REASONS = ['not_held', 'held_by_third_party', 'removed_under_plan'] as const
export const EXCLUSION_REASONS = [...NOT_HELD_REASONS, 'not_requested'] as const
export const exclusionReasonSchema = z.enum(EXCLUSION_REASONS)

/** What the platform holds of one category for one user, from its records. */
export const categoryHoldingSchema = z.object({
  category: personalDataCategorySchema,
  held: z.boolean(),
  /** Records held (one for the single-record categories such as the profile). */
  count: z.int().check(z.nonnegative()),
  reason: z.nullable(z.enum(NOT_HELD_REASONS)),
  /** The request whose data plan deleted or anonymised it, and when. */
  removedBy: z.nullable(z.object({ requestId: z.string(), at: isoDateTime })),
})
export type CategoryHolding = z.infer<typeof categoryHoldingSchema>

export const personalDataHoldingsSchema = z.object({
  items: z.array(categoryHoldingSchema).check(z.length(PERSONAL_DATA_CATEGORIES.length)),
})

// The records behind task history, payments and sign-in devices, as the platform keeps them per
// user. A task's counterparty is another person: their name and phone never leave in a copy.
export const taskRecordSchema = z.object({
  id: z.string(),
  role: z.enum(['worker', 'publisher']),
  title: z.string(),
  status: z.enum(['completed', 'in_progress', 'cancelled']),
  amount: z.number(),
  counterpartyName: z.string(),
  counterpartyPhone: z.string(),
  publishedAt: isoDateTime,
  finishedAt: z.nullable(isoDateTime),
})
export type TaskRecord = z.infer<typeof taskRecordSchema>

export const paymentRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(['income', 'payment', 'withdrawal', 'refund']),
  /** Into the wallet positive, out of it negative, in yuan. */
  amount: z.number(),
  taskId: z.nullable(z.string()),
  /** The wallet, or the user's own bank account by its bank and last four digits. */
  account: z.string(),
  status: z.enum(['succeeded', 'processing', 'failed']),
  at: isoDateTime,
})
export type PaymentRecord = z.infer<typeof paymentRecordSchema>

export const deviceRecordSchema = z.object({
  id: z.string(),
  model: z.string(),
  os: z.string(),
  firstSignInAt: isoDateTime,
  lastSignInAt: isoDateTime,
  lastIp: z.string(),
})
export type DeviceRecord = z.infer<typeof deviceRecordSchema>

export const accountActivitySchema = z.object({
  userId: z.string(),
  tasks: z.array(taskRecordSchema),
  payments: z.array(paymentRecordSchema),
  devices: z.array(deviceRecordSchema),
})
export type AccountActivity = z.infer<typeof accountActivitySchema>
