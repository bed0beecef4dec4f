import { useCallback } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'

/** Display name of an actor id: staff, the system's own jobs, or someone not signed in. */
export function useActorName(): (id: string) => string {
  const { t } = useTranslation('audit')
  const staffName = useStaffName(t('system'))
  return useCallback(
    (id: string) => (id === 'anonymous' ? t('anonymous') : staffName(id)),
    [staffName, t],
  )
}
