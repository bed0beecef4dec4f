import { Card, List, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import type { UserNotification } from '../api/schemas'
import '../i18n/data-plan'
import { StatusLabel } from './status-label'

/** What the user was sent, exactly as sent. */
export function NotificationsList({ notifications }: { notifications: UserNotification[] }) {
  const { t } = useTranslation('dataPlan')
  return (
    <Card size="small" title={t('notify.title')}>
      <List
        size="small"
        locale={{ emptyText: t('notify.none') }}
        dataSource={notifications}
        renderItem={(n) => (
          <List.Item data-testid="user-notification">
            <div className="full-width">
              <StatusLabel>{t(`notify.${n.channel}`)}</StatusLabel>
              <Typography.Text type="secondary">
                {n.channel === 'push' ? t('notify.toApp') : t('notify.to', { to: n.to })} ·{' '}
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
