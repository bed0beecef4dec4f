import { z } from './zod'
import type { Role } from './enums'

export const ALL_ROLES: readonly Role[] = ['agent', 'lead', 'compliance', 'admin']
/** Who works requests. */
export const WORKERS = ['agent', 'lead'] as const

/** Paging, sort and search, shared by every list. */
export const listQuery = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 20),
  sort: z.optional(
    z
      .string()
      .check(
        z.maxLength(40),
        z.regex(/^[A-Za-z]+:(asc|desc)$/, 'expected field:asc or field:desc'),
      ),
  ),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
})

/** A query parameter that lists values of `item` separated by commas (`status=a,b`). */
export function commaList<T extends z.ZodMiniType<unknown, string>>(item: T, maxLength: number) {
  return z.pipe(
    z.pipe(
      z.string().check(z.maxLength(maxLength)),
      z.transform((s) => s.split(',').filter(Boolean)),
    ),
    z.array(item),
  )
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * One operation of the API, described once: the mock server serves it, the client calls it and
 * the OpenAPI document is built from it.
 */
export interface Endpoint<
  P extends z.ZodMiniObject | undefined = z.ZodMiniObject | undefined,
  Q extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
> {
  readonly method: Method
  /** Below /api, with `:name` for each path parameter. */
  readonly path: string
  /** Who may call it; 'public' needs no session. */
  readonly roles: readonly Role[] | 'public'
  /** The path's parameters, as strings; by default each is a string of at most 128 characters. */
  readonly params?: P
  readonly query?: Q
  readonly body?: B
  /** What a success returns; none for a file (CSV) or an empty answer. */
  readonly response?: R
  /** Status of a success when not 200. */
  readonly status?: number
  /** Changes state: needs an Idempotency-Key, replays the first result for the same key. */
  readonly idempotent?: boolean
  /**
   * Needs If-Match with the version seen; 'or-new' where an entity not stored yet has version 0.
   * Actions on a request or an incident (`/:id/…` and idempotent) need it without saying so.
   */
  readonly ifMatch?: 'version' | 'or-new'
  /** A tool of the mock server only (the demo data reset, fault controls): not in the API. */
  readonly mockOnly?: boolean
}

export type AnyEndpoint = Endpoint<
  z.ZodMiniObject | undefined,
  z.ZodMiniType | undefined,
  z.ZodMiniType | undefined,
  z.ZodMiniType | undefined
>

type Infer<S, Fallback> = S extends z.ZodMiniType ? z.infer<S> : Fallback
type Input<S, Fallback> = S extends z.ZodMiniType ? z.input<S> : Fallback

/** What the server reads from the body, query and path, after parsing. */
export type BodyOf<E> =
  E extends Endpoint<infer _P, infer _Q, infer B> ? Infer<B, undefined> : never
export type QueryOf<E> = E extends Endpoint<infer _P, infer Q> ? Infer<Q, object> : never
export type ParamsOf<E> = E extends Endpoint<infer P> ? Infer<P, Record<string, string>> : never
/** What a caller sends: the body before the schema's transforms and defaults. */
export type BodyInput<E> =
  E extends Endpoint<infer _P, infer _Q, infer B> ? Input<B, undefined> : never
export type QueryInput<E> = E extends Endpoint<infer _P, infer Q> ? Input<Q, undefined> : never
/** What a success answers, parsed. */
export type ResponseOf<E> =
  E extends Endpoint<infer _P, infer _Q, infer _B, infer R> ? Infer<R, null> : never

export function defineEndpoint<
  const P extends z.ZodMiniObject | undefined = undefined,
  const Q extends z.ZodMiniType | undefined = undefined,
  const B extends z.ZodMiniType | undefined = undefined,
  const R extends z.ZodMiniType | undefined = undefined,
  const I extends boolean = false,
>(
  endpoint: Endpoint<P, Q, B, R> & { readonly idempotent?: I },
): Endpoint<P, Q, B, R> & { readonly idempotent?: I } {
  return endpoint
}

export const MAX_PATH_PARAM_LENGTH = 128

/** The names of the path's parameters, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!)
}

/** The schema of an endpoint's path parameters: its own, or a length cap on each. */
export function paramsSchema(endpoint: Pick<AnyEndpoint, 'path' | 'params'>): z.ZodMiniObject {
  if (endpoint.params) return endpoint.params
  return z.object(
    Object.fromEntries(
      pathParamNames(endpoint.path).map((n) => [
        n,
        z.string().check(z.maxLength(MAX_PATH_PARAM_LENGTH)),
      ]),
    ),
  )
}

/** The path with each `:name` replaced by its value, encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`)
    return encodeURIComponent(value)
  })
}

/** Whether the endpoint needs If-Match, and how (the OpenAPI document and the client agree). */
export function ifMatchOf(endpoint: AnyEndpoint): 'version' | 'or-new' | null {
  return (
    endpoint.ifMatch ?? (/\/:id\//.test(endpoint.path) && endpoint.idempotent ? 'version' : null)
  )
}
