import { Alert, Card, ConfigProvider, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useStaff } from '../../../shared/auth/session-context'
import { IDENTITY_EVENTS, requirementStatus } from '../../../shared/lib/identity-requirements'
import { allowedActions } from '../../../shared/lib/request-state'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import '../i18n'
import { AutoCloseNotice } from './auto-close-notice'
import { DocumentsOnFile } from './documents-on-file'
import { IdentityCheckForm } from './identity-check-form'
import { IdentityCheckHistory } from './identity-check-history'
import { RequirementsChecklist } from './requirements-checklist'
import { StatusLabel } from '../../../shared/ui/status-label'
import { READABLE_STATUS_TOKENS } from '../../../shared/ui/theme'

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/**
 * Identity first (policy 6(8)): while identity is pending the agent records checks here; once
 * decided, the panel shows what was checked, read-only.
 */
export function IdentityCheckPanel({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('identity')
  const staff = useStaff()
  const staffName = useStaffName()
  const pending = request.status === 'identity_pending' || request.status === 'awaiting_requester'
  if (!pending && !request.identityChecks.length && !request.identityVerifiedAt) return null

  const canAct = pending && allowedActions(request, staff).includes('identity_check')
  const lastAsked = [...request.timeline]
    .reverse()
    .find((e) => e.action === IDENTITY_EVENTS.needMore)
  const recorded = requirementStatus(
    request.requesterType,
    request.identityChecks.flatMap((c) => c.credited),
    { ageGroup: request.user.ageGroup },
  )

  return (
    <ConfigProvider theme={READABLE_STATUS_TOKENS}>
      <Card
        size="small"
        title={<span id={`identity-panel-${request.id}`}>{t('title')}</span>}
        extra={
          <StatusLabel>
            {t('path', { path: t(`common:requesterType.${request.requesterType}`) })}
          </StatusLabel>
        }
        aria-labelledby={`identity-panel-${request.id}`}
        role="region"
      >
        <Space orientation="vertical" size="middle" className="full-width">
          {request.identityVerifiedAt && (
            <Typography.Text>
              {t('verifiedAt', { at: when(request.identityVerifiedAt) })}
            </Typography.Text>
          )}
          {pending && <AutoCloseNotice request={request} command={command} />}
          {request.status === 'awaiting_requester' && request.pausedAt && (
            <Alert
              type="info"
              role="status"
              showIcon
              title={t('paused', { at: when(request.pausedAt), reason: lastAsked?.reason ?? '—' })}
            />
          )}
          <DocumentsOnFile
            request={request}
            command={command}
            canRecord={canAct}
            staffName={staffName}
          />
          {canAct ? (
            <IdentityCheckForm request={request} command={command} />
          ) : (
            pending && <RequirementsChecklist status={recorded} />
          )}
          <IdentityCheckHistory request={request} staffName={staffName} />
        </Space>
      </Card>
    </ConfigProvider>
  )
}
