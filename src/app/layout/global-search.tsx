import { useTranslation } from '../../shared/i18n/i18n'
import { useNavigate } from 'react-router'
import { SearchInput } from '../../shared/ui/antd-input'

/** A request id opens the request, a user id the user's page; anything else (a name, the last 4 phone digits) searches the queue. */
export function GlobalSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <SearchInput
      aria-label={t('common.search')}
      placeholder={t('common.searchPlaceholder')}
      allowClear
      style={{ maxWidth: 360 }}
      onSearch={(raw) => {
        const value = raw.trim()
        if (!value) return
        if (/^R\d{6}$/i.test(value)) navigate(`/requests/${value.toUpperCase()}`)
        else if (/^U\d{6}$/i.test(value)) navigate(`/users/${value.toUpperCase()}`)
        else navigate(`/queue?tab=all&q=${encodeURIComponent(value)}`)
      }}
    />
  )
}
