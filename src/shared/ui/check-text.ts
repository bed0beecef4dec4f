import dayjs from 'dayjs'
import type { TFunction } from '../i18n/i18n'
import type { CancellationCheckItem } from '../api/schemas'

const when = (value: unknown) =>
  typeof value === 'string' ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'

/** One line that says what the check found, in the staff member's language. */
export function checkDetail(t: TFunction, item: CancellationCheckItem): string {
  const d = item.data
  switch (item.key) {
    case 'identity_verified':
      return d.identityVerifiedAt
        ? t('checklist:detail.identityVerified', { at: when(d.identityVerifiedAt) })
        : t('checklist:detail.identityMissing')
    case 'no_unfinished_tasks':
      return t('checklist:detail.tasks', {
        worker: d.unfinishedTasksAsWorker,
        publisher: d.unfinishedTasksAsPublisher,
      })
    case 'wallet_settled':
      return t('checklist:detail.wallet', {
        balance: Number(d.walletBalance ?? 0).toFixed(2),
        withdrawal: t(
          d.withdrawalArranged
            ? 'checklist:detail.withdrawalArranged'
            : 'checklist:detail.withdrawalNotArranged',
        ),
      })
    case 'no_open_disputes':
      return t('checklist:detail.disputes', {
        disputes: d.openDisputes,
        complaints: d.openComplaints,
      })
    case 'no_legal_hold':
      return d.legalHold
        ? t('checklist:detail.hold', { hold: d.legalHold })
        : t('checklist:detail.noHold')
    case 'account_in_good_standing':
      return t('checklist:detail.standing', {
        status: t(`common:accountStatus.${String(d.accountStatus)}`, {
          defaultValue: String(d.accountStatus),
        }),
      })
  }
}

/** The platform data the check was computed from, field by field. */
export function checkData(t: TFunction, item: CancellationCheckItem): string {
  return Object.entries(item.data)
    .map(([field, value]) => {
      const shown =
        value === null
          ? t('common:common.none')
          : typeof value === 'boolean'
            ? t(value ? 'common:common.yes' : 'common:common.no')
            : field === 'identityVerifiedAt'
              ? when(value)
              : field === 'accountStatus'
                ? t(`common:accountStatus.${String(value)}`, { defaultValue: String(value) })
                : String(value)
      return `${t(`checklist:dataField.${field}`, { defaultValue: field })} = ${shown}`
    })
    .join(' · ')
}
