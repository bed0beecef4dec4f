import { useQuery } from '@tanstack/react-query'
import { Alert } from 'antd'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import { OPEN_STATUSES, type RequestType } from '../../../shared/api/enums'
import { requestQueries } from '../../../shared/api/requests'
import { openOriginal } from '../../../shared/lib/duplicates'
import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n'

/**
 * While a request is being registered: the user's open requests of the same type, from the server,
 * so the agent knows before registering that the new one will be flagged as a duplicate of the
 * first of them (and may be merged into it) rather than finding out on the request's page.
 */
export function IntakeDuplicates({ userId, type }: { userId?: string; type?: RequestType }) {
  const { t } = useTranslation('queue')
  const open = useQuery({
    ...requestQueries.list({
      q: userId ?? '',
      type: type ?? '',
      status: OPEN_STATUSES.join(','),
      pageSize: 200,
    }),
    enabled: Boolean(userId && type),
  })
  if (!userId || !type) return null
  // The list answers by its search text too (a name, an id): only this user's requests count.
  const same = (open.data?.items ?? [])
    .filter((r) => r.userId === userId && r.type === type)
    .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt))
  const original = openOriginal({ userId, type }, same)
  if (!original) return null
  return (
    <Alert
      type="warning"
      showIcon
      className="mb-16"
      data-testid="intake-duplicates"
      title={t('intake.duplicates.title', {
        count: same.length,
        type: t(`common:requestType.${type}`),
      })}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {same.map((r) => (
              <li key={r.id}>
                <Link
                  to={`/requests/${r.id}`}
                  target="_blank"
                  rel="noopener"
                  style={{ textDecoration: 'underline' }}
                >
                  {r.id}
                </Link>
                {' · '}
                {t(`common:status.${r.status}`)}
                {' · '}
                {t('intake.duplicates.received', {
                  at: dayjs(r.receivedAt).format('YYYY-MM-DD HH:mm'),
                })}
              </li>
            ))}
          </ul>
          {t('intake.duplicates.then', { id: original.id })}
        </>
      }
    />
  )
}
