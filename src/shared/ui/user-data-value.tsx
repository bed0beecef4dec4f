import { Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import type { RevealField } from '../api/enums'
import type { PlatformUser } from '../api/schemas'
import { maskBirthDate } from '../lib/masking'
import { removalOf, type Removal } from '../lib/user-data'
import { MaskedValue } from './masked-value'

/** What stands in for a value a data plan removed: what happened, on which day, under which request. */
export function RemovedValue({ removal, testId }: { removal: Removal; testId?: string }) {
  const { t } = useTranslation()
  return (
    <Space size={4} wrap data-testid={testId}>
      <Typography.Text>
        {t(`dataRemoved.${removal.status}`, { date: dayjs(removal.at).format('YYYY-MM-DD') })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('dataRemoved.byRequest', { id: removal.requestId })}
      </Typography.Text>
    </Space>
  )
}

interface UserDataValueProps {
  user: Pick<PlatformUser, 'id' | 'phone' | 'idNumber' | 'dataDisposition'>
  field: RevealField
  /** The request a reveal would be for (see MaskedValue). */
  requestId?: string
}

/**
 * A phone number, ID number or birth date as the record holds it: masked with the audited reveal,
 * or, once a data plan removed it, when and under which request (CONTRACT 2026-12).
 */
export function UserDataValue({ user, field, requestId }: UserDataValueProps) {
  const { t } = useTranslation()
  const removal = removalOf(user, field)
  if (removal) return <RemovedValue removal={removal} testId={`removed-${field}`} />
  const masked = field === 'birthDate' ? maskBirthDate() : user[field]
  if (masked === null) return <>{t('common.none')}</>
  return <MaskedValue userId={user.id} field={field} masked={masked} requestId={requestId} />
}
