import { Card, Descriptions, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { CONSENT_KEYS } from '../../../shared/api/enums'
import type { PlatformUser } from '../../../shared/api/schemas'
import { maskName } from '../../../shared/lib/masking'
import { removalOf } from '../../../shared/lib/user-data'
import { FactList, type Fact } from '../../../shared/ui/fact-list'
import { RemovedValue, UserDataValue } from '../../../shared/ui/user-data-value'
import { useUserFieldItems } from '../../../shared/ui/user-field-items'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'

const HEADING = { fontSize: 16, margin: 0 }
const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/**
 * Who the user is, as far as handling their requests needs: the name masked, phone and ID number
 * masked with the audited reveal, the age group in place of the birth date (revealed the same way), and the consents they have given or withdrawn.
 * What a data plan removed shows as removed, with the day and the request (CONTRACT 2026-12).
 */
export function UserSummary({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('users')
  const nameRemoval = removalOf(user, 'name')
  const guardianRemoval = removalOf(user, 'guardian')
  const identity = useUserFieldItems(user, {
    userId: user.id,
    name: nameRemoval ? (
      <RemovedValue removal={nameRemoval} testId="removed-name" />
    ) : (
      maskName(user.name)
    ),
    phone: <UserDataValue user={user} field="phone" />,
    idNumber: <UserDataValue user={user} field="idNumber" />,
    birthDate: <UserDataValue user={user} field="birthDate" />,
    accountStatus: (
      <Space size={4} wrap>
        {t(`common:accountStatus.${user.accountStatus}`)}
        {user.deceased && <StatusLabel>{t('deceased')}</StatusLabel>}
      </Space>
    ),
  })
  const items: Fact[] = [
    ...identity,
    { key: 'registered', label: t('registeredAt'), children: when(user.registeredAt) },
    {
      key: 'roles',
      label: t('roles'),
      children: user.roles.map((r) => t(`role.${r}`)).join(t('separator')) || t('none'),
    },
    { key: 'policy', label: t('policyVersion'), children: user.policyVersionAccepted },
    { key: 'legalHold', label: t('legalHold'), children: user.legalHold ?? t('none') },
    {
      key: 'guardian',
      label: t('guardian'),
      children: user.guardian ? (
        `${maskName(user.guardian.name)}（${user.guardian.relation}）`
      ) : guardianRemoval ? (
        <RemovedValue removal={guardianRemoval} />
      ) : (
        t('none')
      ),
    },
  ]
  const consents = CONSENT_KEYS.flatMap((key) => {
    const state = user.consents[key]
    if (!state) return []
    return [
      {
        key,
        label: t(`common:consentKey.${key}`),
        children: (
          <span>
            <StatusLabel tone={state.granted ? 'ok' : 'neutral'}>
              {state.granted ? t('granted') : t('withdrawn')}
            </StatusLabel>
            <Typography.Text type="secondary">
              {t('since', { at: when(state.changedAt) })}
            </Typography.Text>
          </span>
        ),
      },
    ]
  })

  return (
    <Card size="small" title={<h2 style={HEADING}>{t('summary')}</h2>}>
      <FactList column={{ xs: 1, md: 2 }} items={items} />
      {consents.length > 0 && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          title={<h3 style={HEADING}>{t('consents')}</h3>}
          items={consents}
          style={{ marginTop: 12 }}
        />
      )}
    </Card>
  )
}
