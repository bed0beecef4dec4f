import { useQuery } from '@tanstack/react-query'
import { Card, List, Typography } from 'antd'
import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { userQueries } from '../api/user-api'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'
import { NotificationItem } from '../../../shared/ui/notifications-list'

/** What the user was told about their requests, newest first, exactly as sent. */
export function UserNotices({ userId }: { userId: string }) {
  const { t } = useTranslation('users')
  const notices = useQuery(userQueries.notices(userId))
  return (
    <Card
      size="small"
      title={
        <h2 id="user-notices" className="card-title">
          {t('notices')}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('noticesIntro')}</Typography.Paragraph>
      <ErrorAlert error={notices.error} onRetry={() => void notices.refetch()} />
      <List
        size="small"
        aria-labelledby="user-notices"
        loading={notices.isPending}
        locale={{ emptyText: t('noNotices') }}
        dataSource={notices.data?.items ?? []}
        renderItem={(n) => (
          <NotificationItem
            notification={n}
            channel={t(`common:notificationChannel.${n.channel}`)}
            recipient={n.channel === 'push' ? t('toApp') : t('to', { to: n.to })}
            tags={
              <>
                {n.kind && (
                  <StatusLabel data-testid="notice-kind">{t(`kind.${n.kind}`)}</StatusLabel>
                )}
                <Link to={`/requests/${n.requestId}`}>{n.requestId}</Link>{' '}
              </>
            }
            about={t(`common:requestType.${n.requestType}`)}
            testId="user-notice"
          />
        )}
      />
    </Card>
  )
}
