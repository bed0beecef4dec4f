import { Button, Space } from 'antd'
import { createContext, useContext, useState, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from '../i18n/i18n'
import { SearchInput } from '../ui/antd-input'
import { DeferredSelect } from '../ui/deferred-select'

// Bumped by the bar's reset: the text fields start again from the (now empty) URL.
const Generation = createContext(0)

/** A list's filter bar: a search landmark of filters, and a button that clears them all. */
export function FilterBar({
  label,
  resetLabel,
  onReset,
  children,
}: {
  label: string
  resetLabel: string
  onReset(): void
  children: ReactNode
}) {
  const [generation, setGeneration] = useState(0)
  return (
    // The provider wraps the Space, not the filters: Space spaces its direct children only.
    <Generation.Provider value={generation}>
      <Space wrap style={{ marginBottom: 12 }} role="search" aria-label={label}>
        {children}
        <Button
          onClick={() => {
            setGeneration((g) => g + 1)
            onReset()
          }}
        >
          {resetLabel}
        </Button>
      </Space>
    </Generation.Provider>
  )
}

interface SearchFilterProps {
  label: string
  /** The search the list holds: the field starts from it. */
  value: string | undefined
  /** What was typed, when Enter or the search button is pressed. */
  onSearch(text: string): void
  width: number
  id?: string
  /** Esc: the field empties and gives up the focus; the list clears its search and takes the focus back. */
  onEscape?(): void
}

/** A text filter applied on Enter: what is typed stays in the field until then. */
export function SearchFilter(props: SearchFilterProps) {
  return <SearchField key={useContext(Generation)} {...props} />
}

function SearchField({ label, value, onSearch, width, id, onEscape }: SearchFilterProps) {
  const [text, setText] = useState(value ?? '')
  // The list's search changed elsewhere (a reset, the browser's back button): the field follows.
  const [held, setHeld] = useState(value)
  if (held !== value) {
    setHeld(value)
    setText(value ?? '')
  }
  return (
    <SearchInput
      id={id}
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width }}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={onSearch}
      onKeyDown={
        onEscape &&
        ((e) => {
          if (e.key !== 'Escape') return
          e.preventDefault()
          setText('')
          e.currentTarget.blur()
          onEscape()
        })
      }
    />
  )
}

/**
 * A filter of one value from a list, or of several when `multiple`; empty means no filter.
 *
 * A deferred select: the queue's bar has eight, and one that holds several values measures its own
 * width as it mounts, while most visits change few filters.
 */
export function SelectFilter<V extends string>({
  label,
  value,
  onChange,
  options,
  style,
  multiple = false,
  search = false,
}: {
  label: string
  value: V | undefined
  onChange(value: V | undefined): void
  options: { value: V; label: string }[]
  style: CSSProperties
  /** Several values, held as one comma-separated filter. */
  multiple?: boolean
  /** Options found by typing part of their label. */
  search?: boolean
}) {
  const { t } = useTranslation()
  const chosen = value?.split(',').filter(Boolean) ?? []
  const shown = chosen
    .flatMap((chosenValue) => options.filter((option) => option.value === chosenValue))
    .map((option) => option.label)
    .join(t('common.listSeparator'))
  return (
    <DeferredSelect<V | V[] | null>
      aria-label={label}
      placeholder={label}
      shown={shown}
      allowClear
      showSearch={search ? { optionFilterProp: 'label' } : undefined}
      mode={multiple ? 'multiple' : undefined}
      maxTagCount={multiple ? 'responsive' : undefined}
      style={style}
      // Never undefined: antd's select keeps a choice of its own while its value is undefined, so it
      // would show a filter the list has not applied yet (the URL changes in a transition).
      value={multiple ? (chosen as V[]) : (value ?? null)}
      onChange={(next: V | V[] | null) =>
        onChange(((Array.isArray(next) ? next.join(',') : next) || undefined) as V | undefined)
      }
      options={options}
    />
  )
}
