import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from '../i18n/i18n'
import { staffQueries } from '../api/requests'

/**
 * Display name of a staff id, or of `system` (the backend's own jobs) as `systemLabel` says, by
 * default "system"; an id no longer on the staff list shows as it is.
 */
export function useStaffName(systemLabel?: string): (id: string | null) => string {
  const { t } = useTranslation()
  const staff = useQuery(staffQueries.list())
  return useCallback(
    (id: string | null) => {
      if (!id) return '—'
      if (id === 'system') return systemLabel ?? t('common.system')
      return staff.data?.items.find((s) => s.id === id)?.displayName ?? id
    },
    [staff.data, t, systemLabel],
  )
}
