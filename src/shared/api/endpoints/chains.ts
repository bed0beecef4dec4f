import { ALL_ROLES, defineEndpoint } from '../endpoint'
import { checkpointInputSchema } from '../disclosure-schemas'
import {
  chainCheckpointSchema,
  chainVerificationSchema,
  chainWitnessExportSchema,
  pageSchema,
} from '../schemas'

// The disclosure ledger and the audit log are verified and vouched for the same way: a verify
// endpoint and checkpoints below the collection's path; nothing in either may be changed.

export function chainEndpoints(base: string, readers: readonly ('compliance' | 'admin')[]) {
  const paths = [base, `${base}/:recordId`, `${base}/checkpoints/:checkpointId`]
  return {
    verify: defineEndpoint({
      method: 'get',
      path: `${base}/verify`,
      roles: readers,
      response: chainVerificationSchema,
    }),
    checkpoints: defineEndpoint({
      method: 'get',
      path: `${base}/checkpoints`,
      roles: readers,
      response: pageSchema(chainCheckpointSchema),
    }),
    exportCheckpoints: defineEndpoint({
      method: 'get',
      path: `${base}/checkpoints/export`,
      roles: readers,
      response: chainWitnessExportSchema,
    }),
    addCheckpoint: defineEndpoint({
      method: 'post',
      path: `${base}/checkpoints`,
      roles: ['compliance'],
      body: checkpointInputSchema,
      idempotent: true,
      response: chainCheckpointSchema,
      status: 201,
    }),
    /** PUT, PATCH and DELETE on the chain, any of its records and its checkpoints: always 405. */
    appendOnly: paths.flatMap((path) =>
      (['put', 'patch', 'delete'] as const).map((method) =>
        defineEndpoint({ method, path, roles: ALL_ROLES }),
      ),
    ),
  }
}

export type ChainEndpoints = ReturnType<typeof chainEndpoints>
