import { Card, List, Typography } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { UserNotification } from '../api/schemas'
import '../i18n/data-plan'
import { StatusLabel } from './status-label'

interface NotificationItemProps {
  notification: UserNotification
  channel: string
  /** Whom it went to, as the caller words it ("to the app" for a push). */
  recipient: string
  /** Labels and links shown after the channel. */
  tags?: ReactNode
  /** What the notice was about, shown before the recipient. */
  about?: string
  testId: string
}

/** One notification as the user received it: channel, recipient, time, and its exact text. */
export function NotificationItem({
  notification: n,
  channel,
  recipient,
  tags,
  about,
  testId,
}: NotificationItemProps) {
  return (
    <List.Item data-testid={testId}>
      <div className="full-width">
        <StatusLabel>{channel}</StatusLabel>
        {tags}
        <Typography.Text type="secondary">
          {about !== undefined && <>{about} · </>}
          {recipient} · {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
        <div className="pre-wrap mt-4">{n.text}</div>
      </div>
    </List.Item>
  )
}

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
          <NotificationItem
            notification={n}
            channel={t(`notify.${n.channel}`)}
            recipient={n.channel === 'push' ? t('notify.toApp') : t('notify.to', { to: n.to })}
            testId="user-notification"
          />
        )}
      />
    </Card>
  )
}
