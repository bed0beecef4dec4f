import {
  copyDownloadInputSchema,
  copyDownloadSchema,
  copyLinkInputSchema,
  copyLinkListSchema,
  copyPackageQuerySchema,
  copyPackageSchema,
} from '../copy-schemas'
import { ALL_ROLES, defineEndpoint, listQuery } from '../endpoint'
import { requestDetailSchema } from '../schemas'

export const copyEndpoints = {
  package: defineEndpoint({
    method: 'get',
    path: '/requests/:id/copy-package',
    roles: ALL_ROLES,
    query: copyPackageQuerySchema,
    response: copyPackageSchema,
  }),
  links: defineEndpoint({
    method: 'get',
    path: '/requests/:id/copy-links',
    roles: ALL_ROLES,
    query: listQuery,
    response: copyLinkListSchema,
  }),
  createLink: defineEndpoint({
    method: 'post',
    path: '/requests/:id/copy-link',
    roles: ['agent', 'lead'],
    idempotent: true,
    body: copyLinkInputSchema,
    response: requestDetailSchema,
  }),
  download: defineEndpoint({
    method: 'post',
    path: '/copy-downloads/:token',
    roles: 'public',
    body: copyDownloadInputSchema,
    response: copyDownloadSchema,
  }),
}
