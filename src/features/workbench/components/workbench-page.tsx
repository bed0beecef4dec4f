import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { Role } from '../../../shared/api/enums'
import { useStaff } from '../../../shared/auth/session-context'
import { PageHeader } from '../../../shared/ui/page-header'
import '../i18n'
import { AdminHome } from './admin-home'
import { AgentHome } from './agent-home'
import { ComplianceHome } from './compliance-home'
import { LeadHome } from './lead-home'

const HOMES: Record<Role, () => ReactNode> = {
  agent: () => <AgentHome />,
  lead: () => <LeadHome />,
  compliance: () => <ComplianceHome />,
  admin: () => <AdminHome />,
}

/** Each role's home screen answers its first question of the day. */
export function WorkbenchPage() {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const staff = useStaff()
  return (
    <section aria-labelledby="workbench-title">
      <PageHeader
        id="workbench-title"
        title={t('title')}
        intro={t('subtitle', { name: staff.displayName, role: tc(`role.${staff.role}`) })}
      />
      {HOMES[staff.role]()}
    </section>
  )
}
