import { Button, Layout, Space } from 'antd'
import { Suspense, useState } from 'react'
import { useTranslation, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/i18n'
import { NavLink, Outlet } from 'react-router'
import { useSession, useStaff } from '../../shared/auth/session-context'
import { useLocale } from '../../shared/i18n/locale-provider'
import { PageLoading } from '../../shared/ui/page-loading'
import { SCREENS } from '../route-table'
import { CalendarBanner } from './calendar-banner'
import { GlobalSearch } from './global-search'
import { IdleWarning } from './idle-warning'
import { NetworkStatusTag } from './network-status-tag'
import { SessionExpiredModal } from './session-expired-modal'
import { DeferredSelect } from '../../shared/ui/deferred-select'
import { StatusLabel } from '../../shared/ui/status-label'
import { useAppTokens } from '../../shared/ui/theme'

const { Header, Sider, Content } = Layout

export function AppShell() {
  const token = useAppTokens()
  const staff = useStaff()
  const { signOut } = useSession()
  const { language, setLanguage } = useLocale()
  const { t } = useTranslation()
  const screens = SCREENS.filter((s) => s.menu && s.roles.includes(staff.role))
  // On a narrow window the side bar folds away; its links go with it, so that Tab does not walk
  // through links nobody can see.
  const [folded, setFolded] = useState(false)

  return (
    <>
      <Layout style={{ minHeight: '100vh' }}>
        <a className="skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <Sider
          width={200}
          breakpoint="lg"
          collapsedWidth={0}
          theme="light"
          onCollapse={setFolded}
          style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
        >
          <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 15 }}>{t('appName')}</div>
          {/* A list of links, not antd's Menu: the screens are places to go, which a screen reader
              lists as links with the current one marked, and the Menu's engine was the largest
              part of the shell's JavaScript. */}
          <nav aria-label={t('appName')} className="side-nav" hidden={folded}>
            <ul>
              {screens.map((s) => (
                <li key={s.path}>
                  <NavLink to={`/${s.path}`}>{t(`menu.${s.menu!}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </Sider>
        <Layout>
          <Header
            style={{
              background: token.colorBgContainer,
              padding: '0 20px',
              display: 'flex',
              alignItems: 'center',
              gap: 16,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <GlobalSearch />
            <div style={{ flex: 1 }} />
            <Space size="middle">
              <NetworkStatusTag />
              <span data-testid="current-staff">
                <strong className="text-strong">{staff.displayName}</strong>{' '}
                <StatusLabel tone="info">{t(`role.${staff.role}`)}</StatusLabel>
              </span>
              <DeferredSelect<Language>
                aria-label={t('common.language')}
                shown={LANGUAGE_NAMES[language]}
                value={language}
                onChange={setLanguage}
                // The header's line is as tall as the header: both the field and the select sit in its middle.
                style={{ width: 110, verticalAlign: 'middle' }}
                options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              />
              <Button onClick={() => void signOut()}>{t('common.signOut')}</Button>
            </Space>
          </Header>
          <CalendarBanner />
          <Content id="main" tabIndex={-1} style={{ padding: 20, outline: 'none' }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Content>
        </Layout>
        <SessionExpiredModal />
        <IdleWarning />
      </Layout>
    </>
  )
}
