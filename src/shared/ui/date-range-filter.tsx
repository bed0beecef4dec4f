import { CalendarOutlined } from '@ant-design/icons'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import { Input } from './antd-input'
import type { DateRangeFilterProps } from './date-range-props'

let pickerLoaded = false
const loadPicker = () =>
  import('./date-range-picker').then((module) => {
    pickerLoaded = true
    return module
  })
const DateRangePicker = lazy(loadPicker)

/**
 * A filter bar's date range. antd's date picker is the heaviest part of a filter bar and most
 * visits never touch it, so a plain field stands in until someone reaches for it (pointer over it
 * starts the download, focus swaps in the picker, open and focused on its first date).
 */
export function DateRangeFilter(props: DateRangeFilterProps) {
  const { t } = useTranslation()
  // 'focused': the person just reached for the stand-in, so the picker takes the focus and opens.
  const [active, setActive] = useState<'loaded' | 'focused' | null>(pickerLoaded ? 'loaded' : null)
  const shown = props.from && props.to ? `${props.from} → ${props.to}` : ''
  const standIn = (
    <Input
      readOnly
      aria-label={props.label}
      placeholder={`${t('common.dateFrom')} → ${t('common.dateTo')}`}
      value={shown}
      suffix={<CalendarOutlined aria-hidden />}
      style={{ width: 256 }}
      onPointerEnter={() => void loadPicker()}
      onFocus={() => setActive('focused')}
    />
  )
  if (!active) return standIn
  return (
    <Suspense fallback={standIn}>
      <DateRangePicker {...props} autoFocus={active === 'focused'} />
    </Suspense>
  )
}
