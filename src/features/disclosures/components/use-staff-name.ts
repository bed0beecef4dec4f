import { useTranslation } from '../../../shared/i18n/i18n'
import { useStaffName as useSharedStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'

/** Display name of a staff id; `system` is the dialing feature's own recorder. */
export function useStaffName(): (id: string | null) => string {
  const { t } = useTranslation('disclosures')
  return useSharedStaffName(t('system'))
}
