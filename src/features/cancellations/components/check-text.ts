import dayjs from 'dayjs'
import type { TFunction } from '../../../shared/i18n/i18n'
import type { CancellationCheckItem } from '../../../shared/api/schemas'

const when = (value: unknown) => (typeof value === 'string' ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—')

/** One line that says what the check found, in the staff member's language. */
export function checkDetail(t: TFunction, item: CancellationCheckItem): string {
  const d = item.data
  switch (item.key) {
    case 'identity_verified':
      return d.identityVerifiedAt ? t('cancellations:detail.identityVerified', { at: when(d.identityVerifiedAt) }) : t('cancellations:detail.identityMissing')
    case 'no_unfinished_tasks':
      return t('cancellations:detail.tasks', { worker: d.unfinishedTasksAsWorker, publisher: d.unfinishedTasksAsPublisher })
    case 'wallet_settled':
      return t('cancellations:detail.wallet', {
        balance: Number(d.walletBalance ?? 0).toFixed(2),
        withdrawal: t(d.withdrawalArranged ? 'cancellations:detail.withdrawalArranged' : 'cancellations:detail.withdrawalNotArranged'),
      })
    case 'no_open_disputes':
      return t('cancellations:detail.disputes', { disputes: d.openDisputes, complaints: d.openComplaints })
    case 'no_legal_hold':
      return d.legalHold ? t('cancellations:detail.hold', { hold: d.legalHold }) : t('cancellations:detail.noHold')
    case 'account_in_good_standing':
      return t('cancellations:detail.standing', { status: t(`common:accountStatus.${String(d.accountStatus)}`) })
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
                ? t(`common:accountStatus.${String(value)}`)
                : String(value)
      return `${t(`cancellations:dataField.${field}`)} = ${shown}`
    })
    .join(' · ')
}
