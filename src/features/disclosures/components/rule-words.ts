import type { TFunction } from '../../../shared/i18n/i18n'
/** How the disclosure forms word the rules read from a body's schema. */
export function ruleWords(t: TFunction<'disclosures'>) {
  return { required: t('form.required'), min: (min: number) => t('form.minLength', { min }) }
}
