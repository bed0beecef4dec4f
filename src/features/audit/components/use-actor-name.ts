import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import '../i18n'

/** Display name of an actor id: staff, the system's own jobs, or someone not signed in. */
export function useActorName(): (id: string) => string {
  const { t } = useTranslation('audit')
  const staff = useQuery(staffQueries.list())
  return useCallback(
    (id: string) => {
      if (id === 'system') return t('system')
      if (id === 'anonymous') return t('anonymous')
      return staff.data?.items.find((s) => s.id === id)?.displayName ?? id
    },
    [staff.data, t],
  )
}
