import { type CopyLink } from '../../src/shared/api/copy-schemas'
import { copyCategories, maskCopyPackage } from '../../src/shared/lib/copy-package'
import { maskPhone } from '../../src/shared/lib/masking'
import type { CopyLinkRecord } from '../db/copy-records'
import { HttpError, paginate, route } from '../http/route'
import { copyDownloadHandlers } from './copy-downloads'
import { copyPackageFor } from './copy-store'
import { randomCode } from './one-time-code'
import { codeHash } from '../db/one-time-codes'
import { actOnRequest, loadRequest } from './requests'
import { requireType } from './rights-requests'
import { copyEndpoints } from '../../src/shared/api/endpoints/copies'

// Copy of personal information (policy 6(7)): staff preview the package (masked), then issue a
// link that expires, with a one-time code sent to the user's verified phone. Issuing completes
// the request; each download is recorded on the link, the timeline and the audit log.

const DAY_MS = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

export function presentCopyLink(link: CopyLinkRecord, now: number): CopyLink {
  return {
    id: link.id,
    requestId: link.requestId,
    categories: link.categories,
    createdAt: link.createdAt,
    createdBy: link.createdBy,
    expiresAt: link.expiresAt,
    expired: Date.parse(link.expiresAt) <= now,
    locked: link.lockedAt !== null,
    sentTo: link.sentTo,
    downloads: link.downloads,
  }
}

// Reading is type-agnostic (any request's links list is just empty); issuing needs a copy request.
export const copyRequestHandlers = [
  route(copyEndpoints.package, {
    async handle({ params, query, backend, now }) {
      const request = loadRequest(backend, params.id ?? '')
      return maskCopyPackage(copyPackageFor(backend, request, query.categories, now))
    },
  }),
  route(copyEndpoints.links, {
    async handle({ params, query, backend, now }) {
      const request = loadRequest(backend, params.id ?? '')
      const links = backend.db.copyLinks
        .all()
        .filter((l) => l.requestId === request.id)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        .map((l) => presentCopyLink(l, now))
      return paginate(links, query.page, query.pageSize)
    },
  }),
  route(copyEndpoints.createLink, {
    async handle(ctx) {
      const { backend, body, staff, now } = ctx
      const token = randomToken()
      const code = randomCode()
      const hash = await codeHash(token, code)
      const days = body.expiresInDays ?? backend.settings().copyLinkValidDays
      const at = iso(now)
      const expiresAt = iso(now + days * DAY_MS)
      const link = `${new URL(ctx.request.url).origin}/copy/${token}`
      // The code goes to the phone the identity check verified, never to whatever the account's
      // phone is now: a correction made meanwhile cannot redirect it (CONTRACT 2026-12).
      const contact = backend.db.verifiedContacts.get(ctx.params.id ?? '')
      let record: CopyLinkRecord | null = null
      const updated = await actOnRequest(
        ctx,
        'decide',
        (draft) => {
          const sentTo = maskPhone(contact!.phone)
          const categories = copyCategories(body.categories)
          record = {
            id: `CL-${crypto.randomUUID().slice(0, 8)}`,
            token,
            requestId: draft.id,
            userId: draft.userId,
            categories,
            createdAt: at,
            createdBy: staff.id,
            expiresAt,
            codeHash: hash,
            sentTo,
            failedAttempts: 0,
            lockedAt: null,
            downloads: [],
          }
          draft.details = {
            ...draft.details,
            copy: { linkId: record.id, categories, expiresAt, at, by: staff.id },
          }
          // What staff see of the message: the code itself goes only to the phone.
          const text = `【任务易】您的个人信息副本已生成，请在 ${expiresAt.slice(0, 10)} 前通过短信中的链接下载，验证码 ******（仅发送至本机）。`
          draft.notifications = [
            ...(draft.notifications ?? []),
            { id: crypto.randomUUID(), channel: 'sms', to: sentTo, at, text },
          ]
          draft.status = 'completed'
          draft.completedAt = at
          draft.preparedBy = staff.id
          draft.decision = {
            outcome: 'approve',
            reasonCode: null,
            message: `copy link ${record.id}, expires ${expiresAt}`,
            preparedAt: at,
          }
          return {
            event: 'copy_link_issued',
            facts: { categories, days },
          }
        },
        (current) => {
          requireType(current, 'copy')
          if (!contact)
            throw new HttpError(
              409,
              'NO_VERIFIED_CONTACT',
              'No phone was verified for this request: record an identity check that names where the code goes',
            )
        },
      )
      const issued = record as CopyLinkRecord | null
      if (!issued) throw new Error('copy link not created')
      await backend.db.copyLinks.insert(issued)
      await backend.db.smsOutbox.insert({
        id: crypto.randomUUID(),
        userId: issued.userId,
        to: issued.sentTo,
        at,
        text: `【任务易】您的个人信息副本：${link} ，验证码 ${code}，${days} 天内有效。请勿将验证码告诉他人，平台工作人员不会向您索要。`,
      })
      return updated
    },
  }),
  ...copyDownloadHandlers,
]
