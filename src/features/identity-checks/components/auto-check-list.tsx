import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequesterType } from '../../../shared/api/enums'
import type { AutoCheck } from '../../../shared/lib/identity-requirements-checks'
import '../i18n'
import { useAppTokens } from '../../../shared/ui/theme'

/** The automatic checks next to the evidence, each with its exact result. */
export function AutoCheckList({
  checks,
  requesterType,
  caption,
}: {
  checks: readonly AutoCheck[]
  requesterType: RequesterType
  caption?: string
}) {
  const token = useAppTokens()
  const { t } = useTranslation('identity')
  if (!checks.length) return null
  const label = (check: AutoCheck): string => {
    // The age check's value is the user's age group; the others' values are shown as they are.
    const value =
      check.key === 'user_age'
        ? t(`common:ageGroup.${check.value}`, { defaultValue: check.value ?? '' })
        : check.value
    if (check.key === 'user_age' && !check.ok) {
      return `${t('auto.user_age_bad', { value })}: ${t(requesterType === 'guardian' ? 'auto.user_age_guardian_bad' : 'auto.user_age_minor')}`
    }
    const problem = check.problem ? t(`problem.${check.problem}`) : ''
    return t(`auto.${check.key}_${check.ok ? 'ok' : 'bad'}`, { value, problem })
  }
  return (
    <div>
      <Typography.Text strong>{t('auto.title')}</Typography.Text>
      {caption && (
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {caption}
        </Typography.Text>
      )}
      <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }} data-testid="auto-checks">
        {checks.map((check) => (
          <li key={check.key} data-ok={check.ok}>
            {check.ok ? (
              <CheckCircleFilled style={{ color: token.colorPass }} aria-hidden />
            ) : (
              <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
            )}{' '}
            <span>{label(check)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
