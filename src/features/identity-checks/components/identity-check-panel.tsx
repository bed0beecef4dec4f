import { Alert, Card, ConfigProvider, Space, Tag, Typography } from 'antd'
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

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')
// The panel flags bad ID numbers in warning and error text, which must stay readable (WCAG AA).
const READABLE_MESSAGES = { token: { colorWarning: '#ad4e00', colorError: '#cf1322' } }

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
    <ConfigProvider theme={READABLE_MESSAGES}>
      <Card
        size="small"
        title={<span id={`identity-panel-${request.id}`}>{t('title')}</span>}
        extra={<Tag>{t('path', { path: t(`common:requesterType.${request.requesterType}`) })}</Tag>}
        aria-labelledby={`identity-panel-${request.id}`}
        role="region"
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
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
