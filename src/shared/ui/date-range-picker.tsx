import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { DateRangeFilterProps } from './date-range-props'

/** The picker behind DateRangeFilter, loaded on first use. */
export default function DateRangePicker({
  label,
  from,
  to,
  onChange,
  autoFocus,
}: DateRangeFilterProps & { autoFocus: boolean }) {
  // Reached for through the stand-in: open at once, as a click on the picker itself would.
  const [open, setOpen] = useState(autoFocus)
  return (
    <DatePicker.RangePicker
      open={open}
      onOpenChange={setOpen}
      aria-label={label}
      autoFocus={autoFocus}
      value={from && to ? [dayjs(from), dayjs(to)] : null}
      onChange={(dates) =>
        onChange(dates?.[0]?.format('YYYY-MM-DD'), dates?.[1]?.format('YYYY-MM-DD'))
      }
    />
  )
}
