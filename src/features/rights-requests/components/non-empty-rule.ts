import type { Rule } from 'antd/es/form'

/**
 * "Pick at least one" for checkbox groups. Not `required: true`: that puts aria-required on the
 * group's div, which axe rejects for a role that does not support it.
 */
export const nonEmpty = (message: string): Rule => ({
  validator: (_rule, value: unknown[] | undefined) =>
    value?.length ? Promise.resolve() : Promise.reject(new Error(message)),
})
