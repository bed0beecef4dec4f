import type { FormInstance } from 'antd'
import { ApiError, isApiError } from '../api/api-error'
import type { TFunction } from '../i18n/i18n'
import { errorTitle, fieldIssueText } from './error-text'
import { useFeedback } from './feedback'

export interface ServerErrorOptions {
  /** For the console's own words: a form-level message names the failure through errorTitle. */
  t: TFunction
  /**
   * Where a server field (`recipient.name`, `evidence.0.sha256`) shows in the form; null when the
   * screen shows it elsewhere. By default the field's dotted path, with numbers as list indexes.
   */
  path?: (field: string) => (string | number)[] | string | null
  /**
   * The text shown for a field; by default the console's words for the issue the server names,
   * else the server's reason. `reason` is that default.
   */
  text?: (field: string, reason: string) => string
}

/** A dotted server field path as an antd name path: `evidence.0.sha256` -> ['evidence', 0, 'sha256']. */
export function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

const key = (path: (string | number)[]) => path.map(String).join('.')

/**
 * Puts the field errors of a failed request (the `details.fields` of a 400) next to the form
 * fields they concern. Returns a form-level message for the errors no field of the form shows,
 * or null when there are none (or the failure names no fields).
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  { t, path, text }: ServerErrorOptions,
): string | null {
  if (!(error instanceof ApiError)) return null
  const registered = new Map(form.getFieldsError().map((f) => [key(f.name), f.name]))
  const placed: { name: (string | number)[]; errors: string[] }[] = []
  const rest: string[] = []
  for (const [field, serverReason] of Object.entries(error.fieldErrors)) {
    const target = path ? path(field) : namePath(field)
    if (target === null) continue
    const issue = fieldIssueText(error, field, t)
    const reason = issue ?? serverReason
    const words = text ? text(field, reason) : reason
    const name = registered.get(key(Array.isArray(target) ? target : [target]))
    if (name) placed.push({ name, errors: [words] })
    // The console's own words stand alone: a server field name (`(root)`, `plan.0`) is no word
    // of the reader's. Only the server's own reason, which is not translated, keeps its field.
    else rest.push(issue !== null ? words : `${field}: ${words}`)
  }
  if (placed.length) form.setFields(placed)
  return rest.length ? `${errorTitle(error, t)} ${rest.join('; ')}` : null
}

/**
 * A form's answer to a failed submit: a 400's field errors go next to their fields and the rest
 * into a message; any other failure is left to the screen's error alert. It answers null, so a
 * submit reads `await send(...).catch(onError)` as the result, or nothing.
 */
export function useServerErrors(form: FormInstance, options: ServerErrorOptions) {
  const { message } = useFeedback()
  return (error: unknown): null => {
    if (isApiError(error, 400)) {
      const rest = applyServerErrors(form, error, options)
      if (rest) message.error(rest)
    }
    return null
  }
}
