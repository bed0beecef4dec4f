import { Input, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useNavigate } from 'react-router'
import '../i18n'

export const USER_ID = /^U\d{6}$/i

/** Jump to another user's page by their id (names and phone digits are searched in the queue). */
export function FindUser() {
  const { t } = useTranslation('users')
  const navigate = useNavigate()
  const [invalid, setInvalid] = useState(false)
  return (
    <Space size={8} wrap align="center">
      <label htmlFor="find-user">{t('find')}</label>
      <Input.Search
        id="find-user"
        placeholder={t('findPlaceholder')}
        allowClear
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'find-user-error' : undefined}
        style={{ width: 260 }}
        onChange={() => setInvalid(false)}
        onSearch={(raw) => {
          const value = raw.trim()
          if (!USER_ID.test(value)) {
            setInvalid(value.length > 0)
            return
          }
          navigate(`/users/${value.toUpperCase()}`)
        }}
      />
      {invalid && (
        <Typography.Text type="danger" id="find-user-error" role="alert">
          {t('findInvalid')}
        </Typography.Text>
      )}
    </Space>
  )
}
