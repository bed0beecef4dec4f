import { apiRequest } from '../api/http-client'
import { chainCheckpointSchema, chainVerificationSchema, pageSchema } from '../api/schemas'
import { z } from '../api/zod'
import type { ChainSource } from './use-chain-verification'

// A link is hashed exactly as the server sent it, every field included (even one this client
// does not know), so verification reads the raw JSON and never the schema-parsed copy.
export const rawLinkSchema = z.looseObject({
  seq: z.number(),
  prevHash: z.string(),
  hash: z.string(),
})
const rawChainPageSchema = z.object({
  items: z.array(rawLinkSchema),
  total: z.int().check(z.nonnegative()),
})

/**
 * The hash chain behind a collection of the API (`/audit-events`, `/disclosures`): its links
 * oldest first, the checkpoints signed on it and the server's own verdict, each under the
 * collection's path.
 */
export function chainSource(collection: string): ChainSource {
  return {
    fetchPage: (page, pageSize, signal) =>
      apiRequest(rawChainPageSchema, collection, {
        query: { sort: 'seq:asc', page, pageSize },
        signal,
      }),
    fetchCheckpoints: async (signal) =>
      (await apiRequest(pageSchema(chainCheckpointSchema), `${collection}/checkpoints`, { signal }))
        .items,
    fetchServerVerdict: (signal) =>
      apiRequest(chainVerificationSchema, `${collection}/verify`, { signal }),
  }
}

/** Signs the head of a collection's chain as a checkpoint; one key per signing the user meant. */
export function signChainCheckpoint(collection: string) {
  return (head: { headHash: string; count: number }, idempotencyKey: string) =>
    apiRequest(chainCheckpointSchema, `${collection}/checkpoints`, {
      method: 'POST',
      body: head,
      idempotencyKey,
    })
}
