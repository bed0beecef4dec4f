import { CloseCircleFilled, StopOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from '../../shared/i18n/i18n'
import { Link, Navigate } from 'react-router'
import { useStaff } from '../../shared/auth/session-context'
import { homePath } from '../screen-access'
import { useAppTokens } from '../../shared/ui/theme'

export function HomeRedirect() {
  const staff = useStaff()
  return <Navigate to={homePath(staff.role)} replace />
}

/**
 * A full-page status: an icon, a heading, what happened and what to do. antd's Result would do
 * the same but carries its large illustrations into every signed-in page's first load.
 */
export function StatusPage({
  icon,
  title,
  children,
  extra,
}: {
  icon: ReactNode
  title: string
  children?: ReactNode
  extra?: ReactNode
}) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 12,
        padding: '48px 16px',
        textAlign: 'center',
      }}
    >
      <div aria-hidden="true" style={{ fontSize: 56 }}>
        {icon}
      </div>
      <h1 className="page-title" style={{ fontSize: 24 }}>
        {title}
      </h1>
      {children && <div className="text-secondary">{children}</div>}
      {extra}
    </div>
  )
}

function BackHome() {
  const { t } = useTranslation()
  return (
    <Link to="/">
      <Button type="primary">{t('common.backHome')}</Button>
    </Link>
  )
}

export function ForbiddenPage() {
  const token = useAppTokens()
  const { t } = useTranslation()
  return (
    <StatusPage
      icon={<StopOutlined style={{ color: token.colorWarning }} />}
      title={t('common.forbiddenTitle')}
      extra={<BackHome />}
    >
      {t('common.forbidden')}
    </StatusPage>
  )
}

export function NotFoundPage() {
  const token = useAppTokens()
  const { t } = useTranslation()
  return (
    <StatusPage
      icon={<QuestionCircleOutlined style={{ color: token.colorPrimary }} />}
      title={t('common.notFoundTitle')}
      extra={<BackHome />}
    >
      {t('common.notFound')}
    </StatusPage>
  )
}

export function ErrorIcon() {
  const token = useAppTokens()
  return <CloseCircleFilled style={{ color: token.colorError }} />
}
