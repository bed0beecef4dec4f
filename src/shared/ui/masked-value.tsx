import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { Button, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { RevealField, Role } from '../api/enums'
import { useSession } from '../auth/session-context'
import { RevealDialog } from './masked-value-dialog'

// CONTRACT (2026-12): only agents and leads may reveal a masked field, with a reason.
const REVEAL_ROLES: readonly Role[] = ['agent', 'lead']
export const REVEAL_MS = 60_000

interface MaskedValueProps {
  userId: string
  field: RevealField
  /** The masked value the server sent. */
  masked: string
  /**
   * The request the reveal is for, recorded with it in the audit log. Without one (the user's own
   * page) the dialog asks which of the user's requests it is for.
   */
  requestId?: string
}

/**
 * A masked phone number, ID number or birth date with a reveal control. The full value lives only in this
 * component's state: it is gone after 60 seconds, when the page is left, or on Hide, and is never
 * written to storage, the URL or the query cache.
 */
export function MaskedValue({ userId, field, masked, requestId }: MaskedValueProps) {
  const { t } = useTranslation()
  const { staff } = useSession()
  const [asking, setAsking] = useState(false)
  const [revealed, setRevealed] = useState<{ value: string; until: number } | null>(null)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (!revealed) return
    const tick = window.setInterval(() => setNow(Date.now()), 1000)
    const hide = window.setTimeout(
      () => setRevealed(null),
      Math.max(0, revealed.until - Date.now()),
    )
    // A page kept in the back/forward cache would otherwise come back with the value shown.
    const onPageHide = () => setRevealed(null)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.clearInterval(tick)
      window.clearTimeout(hide)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [revealed])

  const canReveal = staff !== null && REVEAL_ROLES.includes(staff.role)
  const fieldName = t(`reveal.field.${field}`)
  const seconds = revealed ? Math.max(0, Math.ceil((revealed.until - now) / 1000)) : 0

  return (
    <Space size={4} wrap>
      <Typography.Text
        data-testid={`masked-${field}`}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {revealed ? revealed.value : masked}
      </Typography.Text>
      {canReveal && (
        // One button that changes its label, so focus stays on it when the dialog closes.
        <Button
          type="link"
          size="small"
          icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          aria-label={
            revealed
              ? t('reveal.hideField', { field: fieldName })
              : t('reveal.show', { field: fieldName })
          }
          onClick={() => (revealed ? setRevealed(null) : setAsking(true))}
        >
          {revealed ? t('reveal.hide') : t('reveal.showShort')}
        </Button>
      )}
      {revealed && (
        <Typography.Text type="secondary">{t('reveal.hidesIn', { seconds })}</Typography.Text>
      )}
      <RevealDialog
        open={asking}
        userId={userId}
        field={field}
        requestId={requestId}
        onClose={() => setAsking(false)}
        onRevealed={(value) => {
          setAsking(false)
          const at = Date.now()
          setNow(at)
          setRevealed({ value, until: at + REVEAL_MS })
        }}
      />
    </Space>
  )
}
