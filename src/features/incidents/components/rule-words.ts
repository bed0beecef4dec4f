import type { TFunction } from '../../../shared/i18n/i18n'
import { bodyRules } from '../../../shared/ui/form-rules'

/** How the incident forms word the rules read from a body's schema. */
export function ruleWords(t: TFunction<'incidents'>) {
  return { required: t('form.required'), min: (min: number) => t('form.minLength', { min }) }
}

/** The rules an endpoint's body sets for each of a form's fields, in the incident forms' words. */
export function fieldRules(endpoint: Parameters<typeof bodyRules>[0], t: TFunction<'incidents'>) {
  const words = ruleWords(t)
  return (field: string) => bodyRules(endpoint, field, words)
}
