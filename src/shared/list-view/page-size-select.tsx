import type { ComponentType } from 'react'
import { useTranslation } from '../i18n/i18n'
import { DeferredSelect } from '../ui/deferred-select'

/** What antd's Pagination hands the component it is given for its page-size select. */
interface SizeChangerProps {
  value: number
  onChange(value: number): void
  disabled: boolean
  className: string
}

function PageSizeSelect({
  sizes,
  value,
  onChange,
  disabled,
  className,
}: SizeChangerProps & { sizes: readonly number[] }) {
  const { t } = useTranslation()
  const label = (count: number) => t('common.pageSizeOption', { count })
  return (
    <DeferredSelect<number>
      aria-label={t('common.pageSize')}
      shown={label(value)}
      size="small"
      className={className}
      disabled={disabled}
      value={value}
      onChange={onChange}
      popupMatchSelectWidth={false}
      options={sizes.map((size) => ({ value: size, label: label(size) }))}
    />
  )
}

// antd's Pagination takes the select as a component type, which must be the same from one render
// to the next or the select would be drawn anew each time: one per list of sizes.
const bySizes = new Map<string, ComponentType<SizeChangerProps>>()

/**
 * A table's page-size select for antd's Pagination (`components.sizeChanger`): a deferred select,
 * as a list's filters are, since every list draws one and few visits change it.
 */
export function pageSizeSelect(sizes: readonly number[]): ComponentType<SizeChangerProps> {
  const key = sizes.join(',')
  let select = bySizes.get(key)
  if (!select) {
    select = function SizeChanger(props: SizeChangerProps) {
      return <PageSizeSelect sizes={sizes} {...props} />
    }
    bySizes.set(key, select)
  }
  return select
}
