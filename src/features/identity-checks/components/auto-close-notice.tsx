import { useQuery } from '@tanstack/react-query'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { Alert, Button } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useWorkingCalendar } from '../../../shared/api/calendar'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import {
  autoCloseAt,
  isAutoCloseDue,
  lastReminderAt,
} from '../../../shared/lib/identity-requirements'
import { allowedActions } from '../../../shared/lib/request-state'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { settingsQuery, useAutoCloseUnverified } from '../api/auto-close'
import '../i18n'

/**
 * When an unverified request will be closed, the control to remind its requester (nothing closes
 * before they were reminded), and for a lead the control to prepare the overdue closings now.
 */
export function AutoCloseNotice({
  request,
  command,
}: {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
}) {
  const { t } = useTranslation('identity')
  const { message } = useFeedback()
  const staff = useStaff()
  const calendar = useWorkingCalendar()
  const settings = useQuery(settingsQuery())
  const sweep = useAutoCloseUnverified()
  // The time the page was opened: whether the window has passed need not tick while it is open.
  const [now] = useState(() => Date.now())
  if (!calendar || !settings.data) return null
  const days = settings.data.unverifiedAutoCloseDays
  const { at } = autoCloseAt(request, calendar, days)
  const due = isAutoCloseDue(request, calendar, days, now)
  const canSweep = staff.role === 'lead' || staff.role === 'admin'
  const reminded = lastReminderAt(request)
  const remind = allowedActions(request, staff).includes('remind') ? (
    <Button
      size="small"
      loading={command.isPending}
      onClick={() =>
        void command
          .run(requestEndpoints.remind, {})
          .then((r) => r && message.success(t('autoClose.reminded')))
          .catch(() => undefined)
      }
    >
      {t('autoClose.remind')}
    </Button>
  ) : undefined
  if (!reminded)
    return (
      <Alert
        type="info"
        role="status"
        showIcon
        className="mb-12"
        title={t('autoClose.notReminded', { days })}
        action={remind}
      />
    )
  return (
    <>
      <Alert
        type={due ? 'warning' : 'info'}
        role="status"
        showIcon
        className="mb-12"
        title={
          due
            ? t('autoClose.overdue', { days })
            : t('autoClose.due', { at: dayjs(at).format('YYYY-MM-DD') })
        }
        action={
          due && canSweep ? (
            <Button
              size="small"
              loading={sweep.isPending}
              onClick={() =>
                sweep.mutate(undefined, {
                  onSuccess: (r) => message.success(t('autoClose.ran', { count: r.closed.length })),
                })
              }
            >
              {t('autoClose.run')}
            </Button>
          ) : (
            remind
          )
        }
      />
      <ErrorAlert error={sweep.error} />
    </>
  )
}
