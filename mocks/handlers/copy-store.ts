import type { CopyCategory } from '../../src/shared/api/copy-schemas'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { buildCopyPackage } from '../../src/shared/lib/copy-package'
import type { Backend } from '../db/backend'
import { userDataFor } from './personal-data'

// What the staff side and the user's download share: the package built from the live records,
// and the hash a link keeps of its one-time code.

export function copyPackageFor(
  backend: Backend,
  request: PrivacyRequest,
  categories: readonly CopyCategory[],
  now: number,
) {
  return buildCopyPackage({
    ...userDataFor(backend, request.userId),
    requestId: request.id,
    categories,
    generatedAt: new Date(now).toISOString(),
  })
}
