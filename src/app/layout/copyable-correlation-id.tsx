import { Typography } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'

export function CopyableCorrelationId({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <Typography.Text type="secondary" copyable={{ text: id }}>
      {t('common.correlationId')}: {id}
    </Typography.Text>
  )
}
