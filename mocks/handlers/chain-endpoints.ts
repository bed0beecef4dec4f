import { checkpointInputSchema } from '../../src/shared/api/disclosure-schemas'
import {
  chainCheckpointSchema,
  chainVerificationSchema,
  pageSchema,
  type ChainCheckpointDto as ChainCheckpoint,
} from '../../src/shared/api/schemas'
import { latestCheckpoint } from '../../src/shared/lib/chain-verifier'
import { verifyChain, type ChainLink } from '../../src/shared/lib/hash-chain'
import type { Database } from '../db/database'
import { ALL_ROLES, HttpError, reply, route } from '../http/route'

// The disclosure ledger and the audit log are verified and vouched for the same way: a verify
// endpoint, and checkpoints (head hash and count, signed by a compliance manager) kept outside
// the chain, so a rewrite of the whole chain or a truncation is caught too.

interface ChainSpec {
  chain: ChainCheckpoint['chain']
  /** The collection's path: `/disclosures`, `/audit-events`. */
  base: string
  readers: readonly ('compliance' | 'admin')[]
  /** The chain's records in seq order. */
  records(db: Database): ChainLink[]
  /** How messages name the chain and its records. */
  name: string
  noun: string
  idPrefix: string
  /** Prefix of the audit actions on this chain: `disclosure`, `audit`. */
  actionPrefix: string
}

function checkpointsOf(db: Database, chain: ChainCheckpoint['chain']): ChainCheckpoint[] {
  return db.checkpoints.all().filter((c) => c.chain === chain)
}

/** The checkpoint a verification compares against (the same rule the browser's verifier uses). */
function latestOf(db: Database, chain: ChainCheckpoint['chain']): ChainCheckpoint | null {
  return latestCheckpoint(checkpointsOf(db, chain))
}

/**
 * PUT, PATCH and DELETE on the chain, any of its records and its checkpoints: 405 for everyone,
 * and every attempt is itself on the record (CONTRACT: Audit log).
 */
function appendOnly(spec: ChainSpec) {
  const paths = [spec.base, `${spec.base}/:recordId`, `${spec.base}/checkpoints/:checkpointId`]
  return paths.flatMap((path) =>
    (['put', 'patch', 'delete'] as const).map((method) =>
      route({
        method,
        path,
        roles: ALL_ROLES,
        async handle({ request, audit }) {
          await audit(`${spec.actionPrefix}.${method}`, new URL(request.url).pathname, {
            outcome: 'denied',
            reason: 'append-only',
          })
          throw new HttpError(
            405,
            'METHOD_NOT_ALLOWED',
            `${spec.name} is append-only: nothing in it can be changed or removed`,
            { allow: 'GET, POST' },
          )
        },
      }),
    ),
  )
}

export function chainEndpoints(spec: ChainSpec) {
  return [
    route({
      method: 'get',
      path: `${spec.base}/verify`,
      roles: spec.readers,
      response: chainVerificationSchema,
      async handle({ backend }) {
        const { ok, count, firstBrokenSeq, headHash } = await verifyChain(
          spec.records(backend.db),
          latestOf(backend.db, spec.chain),
        )
        return { ok, count, firstBrokenSeq, headHash }
      },
    }),
    route({
      method: 'get',
      path: `${spec.base}/checkpoints`,
      roles: spec.readers,
      response: pageSchema(chainCheckpointSchema),
      async handle({ backend }) {
        const items = checkpointsOf(backend.db, spec.chain).sort(
          (a, b) => b.count - a.count || b.at.localeCompare(a.at),
        )
        return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) }
      },
    }),
    route({
      method: 'post',
      path: `${spec.base}/checkpoints`,
      roles: ['compliance'],
      body: checkpointInputSchema,
      idempotent: true,
      response: chainCheckpointSchema,
      status: 201,
      async handle({ body, backend, staff, now, audit }) {
        const { db } = backend
        const records = spec.records(db)
        const latest = latestOf(db, spec.chain)
        if (latest && body.count < latest.count) {
          throw new HttpError(
            409,
            'CHECKPOINT_BEHIND',
            `A checkpoint already covers ${latest.count} ${spec.noun}`,
            { latest },
          )
        }
        const atCount = records[body.count - 1]
        if (!atCount || atCount.seq !== body.count || atCount.hash !== body.headHash) {
          throw new HttpError(
            409,
            'CHECKPOINT_MISMATCH',
            `${spec.name} has no ${spec.noun.replace(/s$/, '')} with that seq and head hash`,
            {
              count: records.length,
              headHash: records.at(-1)?.hash ?? null,
            },
          )
        }
        // Only a chain that verifies (against the previous checkpoint too) may be vouched for.
        const check = await verifyChain(records.slice(0, body.count), latest)
        if (!check.ok)
          throw new HttpError(
            409,
            'CHAIN_BROKEN',
            `${spec.name} is broken at seq ${check.firstBrokenSeq}`,
            { firstBrokenSeq: check.firstBrokenSeq },
          )
        const sequence = checkpointsOf(db, spec.chain).length + 1
        const checkpoint = await db.checkpoints.insert({
          id: `${spec.idPrefix}${String(sequence).padStart(5, '0')}`,
          chain: spec.chain,
          headHash: body.headHash,
          count: body.count,
          at: new Date(now).toISOString(),
          by: staff.id,
        })
        await audit(`${spec.actionPrefix}.checkpoint`, checkpoint.id, {
          reason: `${body.count} ${spec.noun}, head ${body.headHash}`,
        })
        return reply(201, checkpoint)
      },
    }),
    ...appendOnly(spec),
  ]
}
