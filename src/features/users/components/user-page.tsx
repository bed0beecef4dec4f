import { useQuery } from '@tanstack/react-query'
import { Card, Col, Row, Space, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { userQueries } from '../api/user-api'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { PageHeader } from '../../../shared/ui/page-header'
import '../i18n'
import { FindUser } from './find-user'
import { UserDataDisposition } from './user-data-disposition'
import { UserNotices } from './user-notices'
import { UserRequests } from './user-requests'
import { UserSummary } from './user-summary'

interface UserPageProps {
  userId: string
  /** The user's disclosure statement (policy 4(3)), composed by the app from the ledger feature. */
  renderStatement?: (userId: string) => ReactNode
}

/** One platform user: who they are, what they have asked for, and who received their data. */
export function UserPage({ userId, renderStatement }: UserPageProps) {
  const { t } = useTranslation('users')
  const user = useQuery(userQueries.detail(userId))
  return (
    <article aria-labelledby="user-title">
      <PageHeader id="user-title" title={<>{t('title', { id: userId })}</>} extra={<FindUser />} />
      {user.isPending && <PageLoading />}
      <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      {user.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size="middle" className="full-width">
              <UserSummary user={user.data} />
              <UserDataDisposition user={user.data} />
              <UserRequests userId={user.data.id} />
              <UserNotices userId={user.data.id} />
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            {renderStatement && (
              <Card size="small" title={<h2 className="card-title">{t('statement')}</h2>}>
                <Typography.Paragraph type="secondary">{t('statementIntro')}</Typography.Paragraph>
                {renderStatement(user.data.id)}
              </Card>
            )}
          </Col>
        </Row>
      )}
    </article>
  )
}
