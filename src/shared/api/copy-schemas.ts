import { z } from './zod'
import { dataCategorySchema, type DataCategory } from './enums'

// Copy of personal information (policy 6(7)): what the console previews, the links it issues
// and what the user's download returns.

const isoDateTime = z.iso.datetime({ offset: true })

/** The categories a copy can hold: the ones the platform keeps per user in a readable form. */
export const COPY_CATEGORIES = [
  'profile',
  'identity',
  'contact',
  'task_history',
  'payments',
  'disclosure_records',
] as const satisfies readonly DataCategory[]
/** Policy 6(7) names these two: every copy holds them. */
export const REQUIRED_COPY_CATEGORIES = [
  'profile',
  'identity',
] as const satisfies readonly DataCategory[]
export const copyCategorySchema = z.enum(COPY_CATEGORIES)
export type CopyCategory = z.infer<typeof copyCategorySchema>

export const copyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type CopyValue = z.infer<typeof copyValueSchema>

/** One category: a single record (profile) or several (one per disclosure). */
export const copySectionSchema = z.object({
  category: dataCategorySchema,
  records: z.array(z.record(z.string(), copyValueSchema)),
})
export type CopySection = z.infer<typeof copySectionSchema>

export const copyPackageSchema = z.object({
  requestId: z.string(),
  userId: z.string(),
  generatedAt: isoDateTime,
  categories: z.array(copyCategorySchema),
  sections: z.array(copySectionSchema),
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
