/** How the disclosure forms word the rules read from a body's schema. */
export function ruleWords(t: (key: string, options?: Record<string, unknown>) => string) {
  return { required: t('form.required'), min: (min: number) => t('form.minLength', { min }) }
}
