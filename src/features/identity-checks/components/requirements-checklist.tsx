import { Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequirementStatus } from '../../../shared/lib/identity-requirements'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'

/** What the requester path has to prove, and which of it is already proven. */
export function RequirementsChecklist({ status }: { status: readonly RequirementStatus[] }) {
  const { t } = useTranslation('identity')
  return (
    <div>
      <Typography.Text strong>{t('requirement.title')}</Typography.Text>
      <ul
        style={{ paddingLeft: 0, listStyle: 'none', margin: '4px 0 0' }}
        aria-label={t('requirement.title')}
      >
        {status.map((r) => (
          <li key={r.key} data-testid={`requirement-${r.key}`} style={{ marginBottom: 4 }}>
            <StatusLabel tone={r.satisfied ? 'ok' : 'attention'}>
              {t(r.satisfied ? 'requirement.satisfied' : 'requirement.missing')}
            </StatusLabel>
            {t(`requirement.${r.key}`)}
          </li>
        ))}
      </ul>
    </div>
  )
}
