import { Spin } from 'antd'
import { useTranslation } from '../i18n/i18n'

export function PageLoading() {
  const { t } = useTranslation()
  return (
    <div style={{ display: 'grid', placeItems: 'center', padding: 48 }} role="status">
      <Spin description={t('common.loading')} />
    </div>
  )
}
