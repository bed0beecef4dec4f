import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import {
  disclosureApplicationSchema,
  disclosureStatementSchema,
  type DisclosureApplicationInput,
  type RecordDisclosureInput,
} from '../../../shared/api/disclosure-schemas'
import { apiRequest, type QueryValue } from '../../../shared/api/http-client'
import { exportStamp, saveCsvExport } from '../../../shared/api/csv-download'
import { useIntentKey } from '../../../shared/api/requests'
import { disclosureRecordSchema } from '../../../shared/api/schemas'
import { chainSource, rawLinkSchema, signChainCheckpoint } from '../../../shared/ui/chain-source'
import { disclosureEndpoints } from '../../../shared/api/endpoints/disclosures'
import { callEndpoint } from '../../../shared/api/http-client'
import { endpointQuery } from '../../../shared/api/endpoint-query'

export type LedgerParams = Record<string, QueryValue>

// A record's link is read from the raw JSON it came in, beside the parsed record.
const recordWithRawSchema = z.pipe(
  z.unknown(),
  z.transform((raw) => ({
    raw: rawLinkSchema.parse(raw),
    record: disclosureRecordSchema.parse(raw),
  })),
)

export const disclosureQueries = {
  all: () => ['disclosures'] as const,
  lists: () => [...disclosureQueries.all(), 'list'] as const,
  list: (params: LedgerParams) => ({
    ...endpointQuery([...disclosureQueries.lists(), params], disclosureEndpoints.list, {
      query: params,
    }),
    placeholderData: keepPreviousData,
  }),
  detail: (seq: number) =>
    queryOptions({
      queryKey: [...disclosureQueries.all(), 'detail', seq] as const,
      queryFn: ({ signal }) => apiRequest(recordWithRawSchema, `/disclosures/${seq}`, { signal }),
    }),
  applications: (status: string | undefined) =>
    endpointQuery(
      [...disclosureQueries.all(), 'applications', status ?? 'all'],
      disclosureEndpoints.applications,
      { query: { status, pageSize: 200 } },
    ),
  checkpoints: () => [...disclosureQueries.all(), 'checkpoints'] as const,
  statement: (userId: string, requestId?: string) =>
    queryOptions({
      queryKey: ['users', userId, 'disclosure-statement', requestId ?? null] as const,
      queryFn: ({ signal }) =>
        apiRequest(disclosureStatementSchema, `/users/${encodeURIComponent(userId)}/disclosures`, {
          query: { requestId },
          signal,
        }),
      // Each statement is produced (and audited) on demand, never served from a stale cache.
      staleTime: 0,
      gcTime: 0,
    }),
}

export const ledgerChainSource = chainSource('/disclosures')
export const signLedgerCheckpoint = signChainCheckpoint('/disclosures')

export type RecordOutcome =
  | { kind: 'recorded'; record: z.infer<typeof disclosureRecordSchema> }
  | { kind: 'submitted'; application: z.infer<typeof disclosureApplicationSchema> }

/** Records a disclosure, or submits a third-party application for its second approval. */
export function useRecordDisclosure() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (
      input:
        RecordDisclosureInput | ({ basis: 'third_party_application' } & DisclosureApplicationInput),
    ): Promise<RecordOutcome> => {
      const { key, done } = intent(input)
      let outcome: RecordOutcome
      if (input.basis === 'third_party_application') {
        const { basis: _basis, ...body } = input
        const application = await callEndpoint(disclosureEndpoints.apply, {
          body,
          idempotencyKey: key,
        })
        outcome = { kind: 'submitted', application }
      } else {
        const record = await callEndpoint(disclosureEndpoints.record, {
          body: input,
          idempotencyKey: key,
        })
        outcome = { kind: 'recorded', record }
      }
      done()
      return outcome
    },
    meta: { invalidates: [disclosureQueries.all()] },
  })
}

export function useDecideApplication() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (
      decision:
        { id: string; action: 'approve' } | { id: string; action: 'reject'; reason: string },
    ) => {
      const { key, done } = intent(decision)
      const path = `/disclosures/applications/${encodeURIComponent(decision.id)}/${decision.action}`
      const result =
        decision.action === 'approve'
          ? {
              kind: 'approved' as const,
              record: await apiRequest(disclosureRecordSchema, path, {
                method: 'POST',
                body: {},
                idempotencyKey: key,
              }),
            }
          : {
              kind: 'rejected' as const,
              application: await apiRequest(disclosureApplicationSchema, path, {
                method: 'POST',
                body: { reason: decision.reason },
                idempotencyKey: key,
              }),
            }
      done()
      return result
    },
    meta: { invalidates: [disclosureQueries.all()] },
  })
}

/** The CSV of the current filter, saved through the browser's download. */
export function downloadLedgerCsv(filters: LedgerParams): Promise<void> {
  return saveCsvExport('/disclosures/export.csv', filters, `disclosures-${exportStamp()}.csv`)
}
