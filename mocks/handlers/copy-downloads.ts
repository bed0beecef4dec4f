import {
  COPY_CODE_ATTEMPTS,
  copyDownloadInputSchema,
  copyDownloadSchema,
} from '../../src/shared/api/copy-schemas'
import { copyFileNames } from '../../src/shared/lib/copy-package'
import type { Backend } from '../db/backend'
import type { CopyLinkRecord } from '../db/copy-records'
import { HttpError, route } from '../http/route'
import { codeHash, copyPackageFor } from './copy-store'

// The user's side of a copy (policy 6(7)): no staff session, only the link's secret token and
// the one-time code that went to the verified phone. The user gets their own data unmasked: this
// is the copy the policy promises them, delivered to the person who holds both secrets.

const iso = (ms: number) => new Date(ms).toISOString()

function linkFor(backend: Backend, token: string): CopyLinkRecord {
  const link = backend.db.copyLinks.get(token)
  if (!link) throw new HttpError(404, 'LINK_NOT_FOUND', 'This download link does not exist')
  return link
}

export const copyDownloadHandlers = [
  route({
    method: 'post',
    path: '/copy-downloads/:token',
    roles: 'public',
    body: copyDownloadInputSchema,
    response: copyDownloadSchema,
    async handle({ params, body, backend, now, audit }) {
      const link = linkFor(backend, params.token ?? '')
      const target = `${link.requestId}/${link.id}`
      if (Date.parse(link.expiresAt) <= now) {
        await audit('copy.download_refused', target, { reason: 'expired', outcome: 'denied' })
        throw new HttpError(410, 'LINK_EXPIRED', `This link expired at ${link.expiresAt}`, {
          expiresAt: link.expiresAt,
        })
      }
      if (link.lockedAt) {
        throw new HttpError(409, 'LINK_LOCKED', 'Too many wrong codes: this link is locked', {
          lockedAt: link.lockedAt,
        })
      }
      if ((await codeHash(link.token, body.code)) !== link.codeHash) {
        // Counted before the refusal is sent, so guessing all codes is impossible.
        const failed = await backend.db.copyLinks.update(link.token, (draft) => {
          draft.failedAttempts += 1
          if (draft.failedAttempts >= COPY_CODE_ATTEMPTS) draft.lockedAt = iso(now)
        })
        await audit('copy.wrong_code', target, {
          reason: `attempt ${failed.failedAttempts}`,
          outcome: 'failure',
        })
        const attemptsLeft = Math.max(0, COPY_CODE_ATTEMPTS - failed.failedAttempts)
        throw new HttpError(400, 'WRONG_CODE', 'The code is not right', {
          attemptsLeft,
          fields: { code: 'wrong code' },
        })
      }
      const request = backend.db.requests.get(link.requestId)
      if (!request) throw new HttpError(404, 'LINK_NOT_FOUND', 'This download link does not exist')
      const pkg = copyPackageFor(backend, request, link.categories, now)
      await backend.db.copyLinks.update(link.token, (draft) => {
        draft.downloads.push({ at: iso(now) })
        draft.failedAttempts = 0
      })
      await backend.db.requests.update(request.id, (draft) => {
        draft.version += 1
        draft.timeline.push({
          at: iso(now),
          actorId: 'requester',
          action: 'copy_downloaded',
          reason: link.id,
        })
      })
      await audit('request.copy_downloaded', request.id, { reason: link.id })
      return { fileName: copyFileNames(pkg).zip, package: pkg }
    },
  }),
]
