import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Alert, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import type { DeletionChecklistDto } from '../api/schemas'
import { checkData, checkDetail } from './check-text'
import '../i18n/checklist'
import { StatusLabel } from './status-label'
import { useAppTokens } from './theme'

/**
 * Every check with what it found and the data behind it; blocking ones stand out in red. The
 * cancellation panel shows all of them, the deletion panel the ones that protect evidence.
 */
export function ChecklistCard({
  checklist,
  subject,
}: {
  checklist: DeletionChecklistDto
  subject: 'cancellation' | 'deletion'
}) {
  const token = useAppTokens()
  const { t } = useTranslation('checklist')
  return (
    <div>
      <Alert
        type={checklist.ok ? 'success' : 'error'}
        showIcon
        title={
          checklist.ok
            ? t(`summary.${subject}.ok`)
            : t(`summary.${subject}.blocked`, { count: checklist.blocking.length })
        }
        className="mb-8"
        data-testid="checklist-summary"
      />
      <ul
        aria-label={t(`summary.${subject}.list`)}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {checklist.items.map((item) => (
          <li
            key={item.key}
            data-testid="cancellation-check"
            data-check={item.key}
            data-ok={item.ok}
            style={{
              display: 'flex',
              gap: 8,
              padding: '6px 8px',
              marginBottom: 4,
              borderLeft: `4px solid ${item.ok ? token.colorPass : token.colorError}`,
              background: item.ok ? undefined : token.colorFailBg,
            }}
          >
            {item.ok ? (
              <CheckCircleFilled aria-hidden style={{ color: token.colorPass, marginTop: 4 }} />
            ) : (
              <CloseCircleFilled aria-hidden style={{ color: token.colorError, marginTop: 4 }} />
            )}
            <div style={{ flex: 1 }}>
              <Typography.Text strong>{t(`check.${item.key}`)}</Typography.Text>{' '}
              <StatusLabel tone={item.ok ? 'ok' : 'blocking'}>
                {item.ok ? t('summary.passed') : t(`summary.${subject}.blocking`)}
              </StatusLabel>
              <div>{checkDetail(t, item)}</div>
              <Typography.Text type="secondary" className="text-small">
                {t('dataField.source')}: {checkData(t, item)}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary" className="text-small">
        {t('summary.computedAt', { at: dayjs(checklist.computedAt).format('YYYY-MM-DD HH:mm') })}
      </Typography.Text>
    </div>
  )
}
