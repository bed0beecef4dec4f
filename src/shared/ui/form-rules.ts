import type { FormRule } from 'antd'
import type { z } from '../api/zod'
import type { TFunction } from '../i18n/i18n'

// A form field's limits are read from the schema the server parses the body with, so the two
// cannot drift apart: the form only chooses the wording of each message. A message left out falls
// back to antd's own for the rule kind, in the console's language, with the limit filled in.

/** The wording of each kind of rule; each number is the schema's limit. */
interface RuleMessages {
  required?: string
  min?: string | ((min: number) => string)
  max?: string | ((max: number) => string)
  /** A number's message when the schema bounds it on both sides: say the whole range. */
  range?: (min: number, max: number) => string
  pattern?: string
}

export interface RuleOptions extends RuleMessages {
  /**
   * Overrides whether a value is required, for a field the schema leaves optional because the
   * server defaults it or because another field decides whether it is needed.
   */
  require?: boolean
}

type Schema = z.core.$ZodType

interface Limits {
  required: boolean
  kind: 'string' | 'number' | 'array' | 'other'
  trims: boolean
  integer: boolean
  min?: number
  max?: number
  /** An exclusive bound on a number (`z.positive()`, `z.lt(…)`). */
  above?: number
  below?: number
  patterns: RegExp[]
  values?: readonly unknown[]
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'])
const OPTIONAL = new Set(['optional', 'default', 'prefault', 'nullable', 'catch'])

/** The checks of a field's schema, through its optional, default and pipe wrappers. */
function readLimits(schema: Schema): Limits {
  const limits: Limits = {
    required: true,
    kind: 'other',
    trims: false,
    integer: false,
    patterns: [],
  }
  let current: Schema | undefined = schema
  while (current) {
    const def = current._zod.def as z.core.$ZodTypeDef & {
      innerType?: Schema
      in?: Schema
      entries?: Record<string, unknown>
      values?: unknown[]
    }
    for (const check of def.checks ?? []) readCheck(check, limits)
    if (WRAPPERS.has(def.type)) {
      if (OPTIONAL.has(def.type)) limits.required = false
      current = def.innerType
    } else if (def.type === 'pipe') {
      current = def.in
    } else {
      if (def.type === 'string') limits.kind = 'string'
      else if (def.type === 'number' || def.type === 'bigint') limits.kind = 'number'
      else if (def.type === 'array') limits.kind = 'array'
      else if (def.type === 'enum' && def.entries) limits.values = Object.values(def.entries)
      else if (def.type === 'literal' && def.values) limits.values = def.values
      current = undefined
    }
  }
  return limits
}

function readCheck(check: z.core.$ZodCheck, limits: Limits) {
  const def = check._zod.def as z.core.$ZodCheckDef & {
    minimum?: number
    maximum?: number
    length?: number
    value?: number
    inclusive?: boolean
    format?: string
    pattern?: RegExp
  }
  switch (def.check) {
    case 'overwrite':
      // z.trim() is an overwrite; the limits after it are on the trimmed text.
      limits.trims = true
      break
    case 'min_length':
      limits.min = Math.max(limits.min ?? 0, def.minimum ?? 0)
      break
    case 'max_length':
      limits.max = Math.min(limits.max ?? Infinity, def.maximum ?? Infinity)
      break
    case 'length_equals':
      limits.min = limits.max = def.length
      break
    case 'greater_than':
      if (def.inclusive) limits.min = Math.max(limits.min ?? -Infinity, def.value ?? -Infinity)
      else limits.above = def.value
      break
    case 'less_than':
      if (def.inclusive) limits.max = Math.min(limits.max ?? Infinity, def.value ?? Infinity)
      else limits.below = def.value
      break
    case 'number_format':
      if (def.format === 'safeint' || def.format?.startsWith('int')) limits.integer = true
      break
    case 'string_format':
      if (def.pattern) limits.patterns.push(def.pattern)
      break
  }
}

/**
 * The schema of the field at `path` (dot-separated) in `schema`, through optional and pipe
 * wrappers, into the items of an array, and into whichever option of a union has the field.
 */
export function fieldSchema(schema: Schema | undefined, path: string): Schema {
  let current = schema
  for (const key of path.split('.')) {
    current = current && child(current, key)
    if (!current) throw new Error(`The schema has no field ${path}`)
  }
  return current!
}

function child(schema: Schema, key: string): Schema | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & {
    shape?: Record<string, Schema>
    innerType?: Schema
    in?: Schema
    options?: Schema[]
    element?: Schema
  }
  if (def.shape) return def.shape[key]
  if (def.innerType) return child(def.innerType, key)
  if (def.type === 'pipe' && def.in) return child(def.in, key)
  if (def.element) return child(def.element, key)
  if (def.options) {
    for (const option of def.options) {
      const found = child(option, key)
      if (found) return found
    }
  }
  return undefined
}

/** The rules of the body field at `path` of an endpoint. */
export function bodyRules(
  endpoint: { readonly body?: Schema },
  path: string,
  options?: RuleOptions,
): FormRule[] {
  return schemaRules(fieldSchema(endpoint.body, path), options)
}

/** The most characters the endpoint's body field at `path` accepts, if the schema limits it. */
export function bodyMaxLength(
  endpoint: { readonly body?: Schema },
  path: string,
): number | undefined {
  return schemaMaxLength(fieldSchema(endpoint.body, path))
}

/** The most characters a field's schema accepts, if it limits them. */
export function schemaMaxLength(schema: Schema): number | undefined {
  return readLimits(schema).max
}

function word(message: string | ((limit: number) => string) | undefined, limit: number) {
  return typeof message === 'function' ? message(limit) : message
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value)

/**
 * antd rules enforcing what `schema` (one field of an endpoint's body) accepts: required unless
 * the schema is optional, its length or number limits, its patterns and its enum values.
 */
export function schemaRules(schema: Schema, options: RuleOptions = {}): FormRule[] {
  const limits = readLimits(schema)
  const required = options.require ?? limits.required
  const rules: FormRule[] = []
  const type =
    limits.kind === 'array'
      ? 'array'
      : limits.kind === 'number'
        ? limits.integer
          ? 'integer'
          : 'number'
        : limits.kind === 'string'
          ? 'string'
          : undefined
  const transform = limits.trims ? trimmed : undefined
  const msg = (m: string | undefined) => (m === undefined ? {} : { message: m })

  if (required) {
    rules.push({
      required: true,
      ...(limits.kind === 'string' && { whitespace: limits.trims }),
      ...(type === 'array' && { type }),
      ...msg(options.required),
    })
  }
  if (type === 'number' || type === 'integer') {
    if (limits.min !== undefined || limits.max !== undefined || type === 'integer') {
      rules.push({
        type,
        ...(limits.min !== undefined && { min: limits.min }),
        ...(limits.max !== undefined && { max: limits.max }),
        ...(limits.max === undefined &&
          limits.min !== undefined &&
          msg(word(options.min, limits.min))),
        ...(limits.min === undefined &&
          limits.max !== undefined &&
          msg(word(options.max, limits.max))),
        ...(limits.min !== undefined &&
          limits.max !== undefined &&
          msg(options.range?.(limits.min, limits.max))),
      })
    }
    const { above, below } = limits
    if (above !== undefined || below !== undefined) {
      rules.push({
        validator: async (_, value: unknown) => {
          if (typeof value !== 'number') return
          if (above !== undefined && !(value > above)) throw new Error(word(options.min, above))
          if (below !== undefined && !(value < below)) throw new Error(word(options.max, below))
        },
      })
    }
  } else {
    // A required field's floor of one is said by its required rule.
    if (limits.min !== undefined && !(required && limits.min <= 1)) {
      rules.push({ type, min: limits.min, transform, ...msg(word(options.min, limits.min)) })
    }
    if (limits.max !== undefined) {
      rules.push({ type, max: limits.max, transform, ...msg(word(options.max, limits.max)) })
    }
  }
  for (const pattern of limits.patterns) {
    rules.push({ pattern, transform, ...msg(options.pattern) })
  }
  if (limits.values) rules.push({ type: 'enum', enum: [...limits.values] })
  return rules
}

/** Whether a required field is chosen from given values or typed in: its message says which. */
export type Ask = 'enter' | 'select'

/**
 * A required field's message, in the one style every form uses: a choice says 请选择…, any other
 * field 请输入…, and each names itself by its label.
 */
export function askFor(t: TFunction, field: string, ask: Ask = 'enter'): string {
  return t(ask === 'select' ? 'common:common.selectField' : 'common:common.enterField', { field })
}
