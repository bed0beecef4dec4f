import { COPY_CODE_ATTEMPTS } from '../../src/shared/api/copy-schemas'
import { copyFileNames } from '../../src/shared/lib/copy-package'
import type { Backend } from '../db/backend'
import type { CopyLinkRecord } from '../db/copy-records'
import { HttpError, route } from '../http/route'
import { copyPackageFor } from './copy-store'
import { codeHash } from '../db/one-time-codes'
import { copyEndpoints } from '../../src/shared/api/endpoints/copies'

// The user's side of a copy (policy 6(7)): no staff session, only the link's secret token and
// the one-time code that went to the verified phone. The user gets their own data unmasked: this
// is the copy the policy promises them, delivered to the person who holds both secrets.
//
// The code is one-time: its first successful download consumes it. Wrong codes count against the
// link for its whole life (a success does not reset them) and lock it at COPY_CODE_ATTEMPTS.

const iso = (ms: number) => new Date(ms).toISOString()

function linkFor(backend: Backend, token: string): CopyLinkRecord {
  const link = backend.db.copyLinks.get(token)
  if (!link) throw new HttpError(404, 'LINK_NOT_FOUND', 'This download link does not exist')
  return link
}

type Verdict = 'expired' | 'locked' | 'used' | 'wrong' | 'ok'

export const copyDownloadHandlers = [
  route(copyEndpoints.download, {
    async handle({ params, body, backend, now, audit }) {
      const token = params.token ?? ''
      const found = linkFor(backend, token)
      const target = `${found.requestId}/${found.id}`
      const hash = await codeHash(token, body.code)
      // Every check and the change it leads to happen inside one synchronous update of the link,
      // so concurrent attempts cannot all pass the lock check before any of them is counted, nor
      // two right codes both download: this holds without the browser's write lock.
      let verdict: Verdict = 'ok'
      const link = await backend.db.copyLinks.update(token, (draft) => {
        if (Date.parse(draft.expiresAt) <= now) verdict = 'expired'
        else if (draft.lockedAt) verdict = 'locked'
        else if (draft.downloads.length > 0) verdict = 'used'
        else if (hash !== draft.codeHash) {
          verdict = 'wrong'
          draft.failedAttempts += 1
          if (draft.failedAttempts >= COPY_CODE_ATTEMPTS) draft.lockedAt = iso(now)
        } else draft.downloads.push({ at: iso(now) })
      })
      switch (verdict as Verdict) {
        case 'expired':
          await audit('copy.download_refused', target, { reason: 'expired', outcome: 'denied' })
          throw new HttpError(410, 'LINK_EXPIRED', `This link expired at ${link.expiresAt}`, {
            expiresAt: link.expiresAt,
          })
        case 'locked':
          await audit('copy.download_refused', target, { reason: 'locked', outcome: 'denied' })
          throw new HttpError(409, 'LINK_LOCKED', 'Too many wrong codes: this link is locked', {
            lockedAt: link.lockedAt,
          })
        case 'used':
          await audit('copy.download_refused', target, {
            reason: 'code already used',
            outcome: 'denied',
          })
          throw new HttpError(
            409,
            'CODE_USED',
            'This code was already used for a download; a new copy needs a new code',
            {
              usedAt: link.downloads[0]?.at,
            },
          )
        case 'wrong': {
          await audit('copy.wrong_code', target, {
            reason: `attempt ${link.failedAttempts}`,
            outcome: 'failure',
          })
          const attemptsLeft = Math.max(0, COPY_CODE_ATTEMPTS - link.failedAttempts)
          throw new HttpError(400, 'WRONG_CODE', 'The code is not right', {
            attemptsLeft,
            fields: { code: 'wrong code' },
            issues: { code: { code: 'wrong_code' } },
          })
        }
        case 'ok':
          break
      }
      const request = backend.db.requests.get(link.requestId)
      if (!request) throw new HttpError(404, 'LINK_NOT_FOUND', 'This download link does not exist')
      const pkg = copyPackageFor(backend, request, link.categories, now)
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
