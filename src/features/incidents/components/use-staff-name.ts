import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { staffQueries } from '../../../shared/api/requests'

/** Display name of a staff id, the id itself until the staff list has loaded. */
export function useStaffName(): (id: string | null) => string {
  const staff = useQuery(staffQueries.list())
  return useCallback(
    (id: string | null) =>
      id ? (staff.data?.items.find((s) => s.id === id)?.displayName ?? id) : '—',
    [staff.data],
  )
}
