import { Col, Row, Space } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { PageHeader } from '../../../shared/ui/page-header'
import '../i18n'
import { NetworkConditionsCard } from './network-conditions-card'
import { ResetDemoCard } from './reset-demo-card'
import { SlaSettingsForm } from './sla-settings-form'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  return (
    <>
      <section aria-labelledby="settings-title">
        <PageHeader id="settings-title" title={t('settings.title')} />
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
