import type { TFunction } from '../../../shared/i18n/i18n'
import { askFor, type Ask } from '../../../shared/ui/form-rules'

/** How the disclosure forms word the rules read from a body's schema, for the field `label`. */
export function ruleWords(t: TFunction<'disclosures'>, label: string, ask?: Ask) {
  return { required: askFor(t, label, ask), min: (min: number) => t('form.minLength', { min }) }
}
