import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import '../i18n'

/** Display name of a staff id; `system` is the dialing feature's own recorder. */
export function useStaffName(): (id: string | null) => string {
  const { t } = useTranslation('disclosures')
  const staff = useQuery(staffQueries.list())
  return useCallback(
    (id: string | null) => {
      if (!id) return '—'
      if (id === 'system') return t('system')
      return staff.data?.items.find((s) => s.id === id)?.displayName ?? id
    },
    [staff.data, t],
  )
}
