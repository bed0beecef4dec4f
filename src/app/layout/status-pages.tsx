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

/** A page that leads nowhere: what happened, and the way back home. */
function DeadEndPage({
  Icon,
  colour,
  message,
}: {
  Icon: typeof StopOutlined
  colour: 'colorWarning' | 'colorPrimary'
  message: 'forbidden' | 'notFound'
}) {
  const token = useAppTokens()
  const { t } = useTranslation()
  return (
    <StatusPage
      icon={<Icon style={{ color: token[colour] }} />}
      title={t(`common.${message}Title`)}
      extra={<BackHome />}
    >
      {t(`common.${message}`)}
    </StatusPage>
  )
}

export function ForbiddenPage() {
  return <DeadEndPage Icon={StopOutlined} colour="colorWarning" message="forbidden" />
}

export function NotFoundPage() {
  return <DeadEndPage Icon={QuestionCircleOutlined} colour="colorPrimary" message="notFound" />
}

export function ErrorIcon() {
  const token = useAppTokens()
  return <CloseCircleFilled style={{ color: token.colorError }} />
}
