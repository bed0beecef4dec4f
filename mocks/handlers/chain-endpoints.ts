import type { ChainLink } from '../../src/shared/lib/hash-chain'
import type { Database } from '../db/database'
import {
  addCheckpoint,
  checkpointDto,
  checkpointsOf,
  nextCheckpointId,
  verifyWithWitness,
  type ChainName,
} from '../db/witness'
import { HttpError, reply, route } from '../http/route'
import type { ChainEndpoints } from '../../src/shared/api/endpoints/chains'

// The disclosure ledger and the audit log are verified and vouched for the same way: a verify
// endpoint, and checkpoints (taken automatically, or signed by a compliance manager) kept by the
// witness outside the database, so a rewrite of the whole chain, a truncation or a reset is
// caught too, and the checkpoints can be exported to be anchored elsewhere.

interface ChainSpec {
  chain: ChainName
  /** The collection's path: `/disclosures`, `/audit-events`. */
  base: string
  endpoints: ChainEndpoints
  /** The chain's records in seq order. */
  records(db: Database): ChainLink[]
  /** How messages name the chain and its records. */
  name: string
  noun: string
  /** Prefix of the audit actions on this chain: `disclosure`, `audit`. */
  actionPrefix: string
}

/**
 * PUT, PATCH and DELETE on the chain, any of its records and its checkpoints: 405 for everyone,
 * and every attempt is itself on the record (CONTRACT: Audit log).
 */
function appendOnly(spec: ChainSpec) {
  return spec.endpoints.appendOnly.map((endpoint) =>
    route(endpoint, {
      async handle({ request, audit }) {
        await audit(`${spec.actionPrefix}.${endpoint.method}`, new URL(request.url).pathname, {
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
  )
}

export function chainEndpoints(spec: ChainSpec) {
  return [
    route(spec.endpoints.verify, {
      async handle({ backend }) {
        const checkpoints = checkpointsOf(await backend.witness.read(), spec.chain)
        return verifyWithWitness(spec.records(backend.db), checkpoints)
      },
    }),
    route(spec.endpoints.checkpoints, {
      async handle({ backend }) {
        const items = checkpointsOf(await backend.witness.read(), spec.chain)
          .reverse()
          .map(checkpointDto)
        return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) }
      },
    }),
    route(spec.endpoints.exportCheckpoints, {
      async handle({ backend, now, audit }) {
        // Every epoch, the replaced ones too: a reset does not take back what was vouched for.
        const state = await backend.witness.read()
        const checkpoints = state.checkpoints.filter((c) => c.chain === spec.chain)
        await backend.write(() =>
          audit(`${spec.actionPrefix}.checkpoints_export`, spec.base.slice(1), {
            reason: `${checkpoints.length} checkpoint(s), ${state.epochs.length} epoch(s)`,
          }),
        )
        return {
          chain: spec.chain,
          exportedAt: new Date(now).toISOString(),
          epochs: state.epochs.map(({ replaced, ...epoch }) => ({
            ...epoch,
            replaced: replaced?.[spec.chain] ?? null,
          })),
          checkpoints,
        }
      },
    }),
    route(spec.endpoints.addCheckpoint, {
      async handle({ body, backend, staff, now, audit }) {
        const records = spec.records(backend.db)
        const state = await backend.witness.read()
        const checkpoints = checkpointsOf(state, spec.chain)
        const latest = checkpoints.at(-1)
        if (latest && body.count < latest.count) {
          throw new HttpError(
            409,
            'CHECKPOINT_BEHIND',
            `A checkpoint already covers ${latest.count} ${spec.noun}`,
            { latest: checkpointDto(latest) },
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
        // Only a chain that verifies (against the earlier checkpoints too) may be vouched for.
        const check = await verifyWithWitness(records.slice(0, body.count), checkpoints)
        if (!check.ok)
          throw new HttpError(
            409,
            'CHAIN_BROKEN',
            `${spec.name} is broken at seq ${check.firstBrokenSeq}`,
            { firstBrokenSeq: check.firstBrokenSeq },
          )
        const at = new Date(now).toISOString()
        // The audit event first: if it cannot be written, the witness is not told either.
        await audit(`${spec.actionPrefix}.checkpoint`, nextCheckpointId(state, spec.chain), {
          reason: `${body.count} ${spec.noun}, head ${body.headHash}`,
        })
        const checkpoint = await addCheckpoint(
          backend.witness,
          state,
          spec.chain,
          records,
          body.count,
          at,
          staff.id,
        )
        return reply(201, checkpointDto(checkpoint))
      },
    }),
    ...appendOnly(spec),
  ]
}
