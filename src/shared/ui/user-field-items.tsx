import type { ReactNode } from 'react'
import type { AgeGroup } from '../api/enums'
import { useTranslation } from '../i18n/i18n'
import type { Fact } from './fact-list'

/** The user's fields whose value each page draws its own way: linked, masked or revealable. */
export type UserFieldValues = Record<
  'userId' | 'name' | 'phone' | 'idNumber' | 'birthDate' | 'accountStatus',
  ReactNode
>

/**
 * Who the user is, in the order and wording every page lists it. The age group is worked out here
 * because it still shows when the birth date it came from has been deleted.
 */
export function useUserFieldItems(
  user: { ageGroup: AgeGroup | null },
  values: UserFieldValues,
): Fact[] {
  const { t } = useTranslation()
  const ageGroup = user.ageGroup ? t(`ageGroup.${user.ageGroup}`) : t('userField.ageGroupUnknown')
  return [
    { key: 'id', label: t('userField.userId'), children: values.userId },
    { key: 'name', label: t('userField.name'), children: values.name },
    { key: 'phone', label: t('userField.phone'), children: values.phone },
    { key: 'idNumber', label: t('userField.idNumber'), children: values.idNumber },
    { key: 'ageGroup', label: t('userField.ageGroup'), children: ageGroup },
    { key: 'birth', label: t('userField.birthDate'), children: values.birthDate },
    { key: 'status', label: t('userField.accountStatus'), children: values.accountStatus },
  ]
}
