import { useTranslation } from '../../../shared/i18n/i18n'
import '../i18n'
import { DAY_KINDS, DAY_STYLE } from './day-kind-style'
import { useAppTokens } from '../../../shared/ui/theme'

export function CalendarLegend() {
  const token = useAppTokens()
  const { t } = useTranslation('settings')
  return (
    <ul
      aria-label={t('calendar.legend')}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 16,
        listStyle: 'none',
        padding: 0,
        margin: '8px 0 16px',
      }}
    >
      {DAY_KINDS.map((kind) => (
        <li key={kind} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <span
            aria-hidden
            style={{
              ...DAY_STYLE[kind],
              display: 'inline-block',
              width: 18,
              height: 18,
              borderRadius: 4,
              border: `1px solid ${token.colorBorder}`,
            }}
          />
          {t(`calendar.kind.${kind}`)}
        </li>
      ))}
    </ul>
  )
}
