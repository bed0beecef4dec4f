import { Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

/** Request id opens the request; anything else (user id, name, last 4 phone digits) searches the queue. */
export function GlobalSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Input.Search
      aria-label={t('common.search')}
      placeholder={t('common.searchPlaceholder')}
      allowClear
      style={{ maxWidth: 360 }}
      onSearch={(raw) => {
        const value = raw.trim()
        if (!value) return
        if (/^R\d{6}$/i.test(value)) navigate(`/requests/${value.toUpperCase()}`)
        else navigate(`/queue?tab=all&q=${encodeURIComponent(value)}`)
      }}
    />
  )
}
