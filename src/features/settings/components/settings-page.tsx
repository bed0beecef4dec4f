import { Col, Row, Space, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n/settings'
import { NetworkConditionsCard } from './network-conditions-card'
import { ResetDemoCard } from './reset-demo-card'
import { SlaSettingsForm } from './sla-settings-form'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  return (
    <>
      <section aria-labelledby="settings-title">
        <Typography.Title
          level={1}
          id="settings-title"
          style={{ fontSize: 22, margin: '0 0 12px' }}
        >
          {t('settings.title')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <SlaSettingsForm />
          </Col>
          <Col xs={24} xl={12}>
            <Space orientation="vertical" size="middle" className="full-width">
              <NetworkConditionsCard />
              <ResetDemoCard />
            </Space>
          </Col>
        </Row>
      </section>
    </>
  )
}
