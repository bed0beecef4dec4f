import { z } from './zod'
import {
  exclusionReasonSchema,
  PERSONAL_DATA_CATEGORIES,
  personalDataCategorySchema,
  type PersonalDataCategory,
} from './personal-data'

// Copy of personal information (policy 6(7)): what the console previews, the links it issues
// and what the user's download returns.

const isoDateTime = z.iso.datetime({ offset: true })

/** The categories a copy can hold: those the platform keeps per user as records (CATEGORY_HOLDING). */
export const COPY_CATEGORIES = [
  'profile',
  'identity',
  'contact',
  'device_logs',
  'task_history',
  'payments',
  'consents',
  'disclosure_records',
] as const satisfies readonly PersonalDataCategory[]
/** Policy 6(7) names these two: every copy holds them. */
export const REQUIRED_COPY_CATEGORIES = [
  'profile',
  'identity',
] as const satisfies readonly PersonalDataCategory[]
export const copyCategorySchema = z.enum(COPY_CATEGORIES)
export type CopyCategory = z.infer<typeof copyCategorySchema>

export const copyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type CopyValue = z.infer<typeof copyValueSchema>

/** One category in the package: a single record (profile) or several (one per task). */
export const copySectionSchema = z.object({
  category: personalDataCategorySchema,
  records: z.array(z.record(z.string(), copyValueSchema)),
})
export type CopySection = z.infer<typeof copySectionSchema>

/**
 * What the package says of every category the platform may hold: in it with how many records,
 * or not, and why (not asked for, not held, held by a third party, removed under a data plan).
 */
export const copyCoverageSchema = z.object({
  category: personalDataCategorySchema,
  included: z.boolean(),
  count: z.int().check(z.nonnegative()),
  reason: z.nullable(exclusionReasonSchema),
  removedBy: z.nullable(z.object({ requestId: z.string(), at: isoDateTime })),
})
export type CopyCoverage = z.infer<typeof copyCoverageSchema>

export const copyPackageSchema = z.object({
  requestId: z.string(),
  userId: z.string(),
  generatedAt: isoDateTime,
  /** The categories asked for (the required ones always). */
  categories: z.array(copyCategorySchema),
  /** One per category with records in the package. */
  sections: z.array(copySectionSchema),
  /** Every category of the template, in its order. */
  coverage: z.array(copyCoverageSchema).check(z.length(PERSONAL_DATA_CATEGORIES.length)),
})
export type CopyPackage = z.infer<typeof copyPackageSchema>

/** Comma list in the query; the required ones are always added by the server. */
export const copyPackageQuerySchema = z.object({
  categories: z.pipe(
    z.optional(z.string().check(z.maxLength(200))),
    z.transform((s, ctx) => {
      const list = (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
      const bad = list.filter((x) => !copyCategorySchema.safeParse(x).success)
      if (bad.length)
        ctx.issues.push({
          code: 'custom',
          message: `unknown categories: ${bad.join(', ')}`,
          input: s,
        })
      return list as CopyCategory[]
    }),
  ),
})

export const copyLinkInputSchema = z.object({
  categories: z
    .array(copyCategorySchema)
    .check(z.refine((c) => new Set(c).size === c.length, 'each category once')),
  expiresInDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
})

export const copyLinkSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  categories: z.array(copyCategorySchema),
  createdAt: isoDateTime,
  createdBy: z.string(),
  expiresAt: isoDateTime,
  expired: z.boolean(),
  locked: z.boolean(),
  /** Where the code went, masked. */
  sentTo: z.string(),
  downloads: z.array(z.object({ at: isoDateTime })),
})
export type CopyLink = z.infer<typeof copyLinkSchema>

export const copyLinkListSchema = z.object({
  items: z.array(copyLinkSchema),
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
})

export const copyDownloadInputSchema = z.object({
  code: z.string().check(z.maxLength(40), z.trim(), z.regex(/^\d{6}$/, 'the code has 6 digits')),
})

export const copyDownloadSchema = z.object({
  fileName: z.string(),
  package: copyPackageSchema,
})
export type CopyDownload = z.infer<typeof copyDownloadSchema>

/** Wrong codes a link takes before it locks. */
export const COPY_CODE_ATTEMPTS = 5
