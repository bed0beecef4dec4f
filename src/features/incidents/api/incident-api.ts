import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../shared/api/api-error'
import type { AnyEndpoint, BodyInput, ResponseOf } from '../../../shared/api/endpoint'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import { callEndpoint, type QueryValue } from '../../../shared/api/http-client'
import {
  incidentDetailSchema,
  type AffectedCriteria,
  type IncidentDetail,
  type IncidentInput,
} from '../../../shared/api/incident-schemas'
import { useIntentKey } from '../../../shared/api/requests'
import { endpointQuery } from '../../../shared/api/endpoint-query'

export type IncidentParams = Record<string, QueryValue>

/** While a notice is on its way the server's progress moves on by itself: poll until it settles. */
export const IN_FLIGHT_POLL_MS = 1500

export const incidentQueries = {
  all: () => ['incidents'] as const,
  lists: () => [...incidentQueries.all(), 'list'] as const,
  list: (params: IncidentParams) => ({
    ...endpointQuery([...incidentQueries.lists(), params], incidentEndpoints.list, {
      query: params,
    }),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) =>
    queryOptions({
      ...endpointQuery([...incidentQueries.all(), 'detail', id], incidentEndpoints.detail, {
        params: { incidentId: id },
      }),
      refetchInterval: (query) =>
        query.state.data?.campaigns.some((c) => !c.settled) ? IN_FLIGHT_POLL_MS : false,
    }),
  /** Everything read about one incident besides its record: users, deliveries, previews. */
  of: (id: string) => [...incidentQueries.all(), 'of', id] as const,
  affected: (id: string, params: IncidentParams) => ({
    ...endpointQuery(
      [...incidentQueries.of(id), 'affected', params],
      incidentEndpoints.affectedUsers,
      { params: { incidentId: id }, query: params },
    ),
    placeholderData: keepPreviousData,
  }),
  preview: (id: string, criteria: AffectedCriteria) => ({
    ...endpointQuery(
      [...incidentQueries.of(id), 'preview', criteria],
      incidentEndpoints.previewAffectedUsers,
      { params: { incidentId: id }, query: { ...criteria } },
    ),
    placeholderData: keepPreviousData,
  }),
  deliveries: (id: string, params: IncidentParams, live: boolean) => ({
    ...endpointQuery(
      [...incidentQueries.of(id), 'deliveries', params],
      incidentEndpoints.deliveries,
      {
        params: { incidentId: id },
        query: params,
      },
    ),
    placeholderData: keepPreviousData,
    refetchInterval: live ? IN_FLIGHT_POLL_MS : (false as const),
  }),
  regions: () => ({
    ...endpointQuery([...incidentQueries.all(), 'regions'], incidentEndpoints.regions),
    staleTime: 10 * 60_000,
  }),
}

export function useCreateIncident() {
  const intent = useIntentKey()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: IncidentInput) => {
      const { key, done } = intent(input)
      const created = await callEndpoint(incidentEndpoints.create, {
        body: input,
        idempotencyKey: key,
      })
      done()
      return created
    },
    onSuccess: (incident) =>
      queryClient.setQueryData(incidentQueries.detail(incident.id).queryKey, incident),
    meta: { invalidates: [incidentQueries.lists()] },
  })
}

/** An action on one incident (`/incidents/:incidentId/…`); what it answers holds the incident. */
export type IncidentActionEndpoint = AnyEndpoint & { readonly idempotent?: true }

export interface IncidentActionVariables<
  E extends IncidentActionEndpoint = IncidentActionEndpoint,
> {
  endpoint: E
  body: BodyInput<E>
  version: number
}

/** The incident inside an action's answer: the answer itself, or its `incident` field. */
export function incidentOf(result: unknown): IncidentDetail | null {
  const direct = incidentDetailSchema.safeParse(result)
  if (direct.success) return direct.data
  const nested = incidentDetailSchema.safeParse((result as { incident?: unknown } | null)?.incident)
  return nested.success ? nested.data : null
}

/** An action on an incident: If-Match with the version seen, one idempotency key per intent. */
export function useIncidentAction(id: string) {
  const queryClient = useQueryClient()
  const intent = useIntentKey()
  const mutation = useMutation({
    mutationFn: async ({ endpoint, body, version }: IncidentActionVariables): Promise<unknown> => {
      const { key, done } = intent({ endpoint: endpoint.path, body, version })
      const result = await callEndpoint(endpoint as IncidentActionEndpoint, {
        params: { incidentId: id },
        body,
        idempotencyKey: key,
        version,
      })
      done()
      return result
    },
    onSuccess: (result) => {
      const incident = incidentOf(result)
      if (incident) queryClient.setQueryData(incidentQueries.detail(id).queryKey, incident)
    },
    onError: (error) => {
      const current = currentFromConflict(error)
      if (current) queryClient.setQueryData(incidentQueries.detail(id).queryKey, current)
    },
    meta: { invalidates: [incidentQueries.lists(), incidentQueries.of(id)] },
  })
  /** The action's answer, typed by its endpoint. */
  const run = <E extends IncidentActionEndpoint>(variables: IncidentActionVariables<E>) =>
    mutation.mutateAsync(variables) as Promise<ResponseOf<E>>
  return { ...mutation, run }
}

/** The incident as it was in a 412, if the error carries it. */
export function currentFromConflict(error: unknown): IncidentDetail | null {
  if (!isApiError(error, 412)) return null
  const parsed = incidentDetailSchema.safeParse(error.details?.current)
  return parsed.success ? parsed.data : null
}
