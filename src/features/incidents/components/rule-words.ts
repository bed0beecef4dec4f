import type { TFunction } from '../../../shared/i18n/i18n'
import { askFor, bodyRules, type Ask } from '../../../shared/ui/form-rules'

/** How the incident forms word the rules read from a body's schema, for the field `label`. */
export function ruleWords(t: TFunction<'incidents'>, label: string, ask?: Ask) {
  return { required: askFor(t, label, ask), min: (min: number) => t('form.minLength', { min }) }
}

/** The rules an endpoint's body sets for each of a form's fields, in the incident forms' words. */
export function fieldRules(endpoint: Parameters<typeof bodyRules>[0], t: TFunction<'incidents'>) {
  return (field: string, label: string, ask?: Ask) =>
    bodyRules(endpoint, field, ruleWords(t, label, ask))
}
