import { Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { Role } from '../../../shared/api/enums'
import { useStaff } from '../../../shared/auth/session-context'
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
      <Typography.Title level={1} id="workbench-title" style={{ fontSize: 22, marginBottom: 4 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('subtitle', { name: staff.displayName, role: tc(`role.${staff.role}`) })}
      </Typography.Paragraph>
      {HOMES[staff.role]()}
    </section>
  )
}
