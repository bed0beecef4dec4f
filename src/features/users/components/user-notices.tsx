import { useQuery } from '@tanstack/react-query'
import { Card, List, Typography } from 'antd'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { userQueries } from '../api/user-api'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'

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
          <List.Item data-testid="user-notice">
            <div className="full-width">
              <StatusLabel>{t(`common:notificationChannel.${n.channel}`)}</StatusLabel>
              {n.kind && <StatusLabel data-testid="notice-kind">{t(`kind.${n.kind}`)}</StatusLabel>}
              <Link to={`/requests/${n.requestId}`}>{n.requestId}</Link>{' '}
              <Typography.Text type="secondary">
                {t(`common:requestType.${n.requestType}`)} ·{' '}
                {n.channel === 'push' ? t('toApp') : t('to', { to: n.to })} ·{' '}
                {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              <div className="pre-wrap mt-4">{n.text}</div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  )
}
