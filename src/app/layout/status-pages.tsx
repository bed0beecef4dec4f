import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { useStaff } from '../../shared/auth/session-context'
import { homePath } from '../route-table'

export function HomeRedirect() {
  const staff = useStaff()
  return <Navigate to={homePath(staff.role)} replace />
}

export function ForbiddenPage() {
  const { t } = useTranslation()
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('common.forbiddenTitle')}</h1>}
      subTitle={t('common.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  )
}

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('common.notFoundTitle')}</h1>}
      subTitle={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  )
}
