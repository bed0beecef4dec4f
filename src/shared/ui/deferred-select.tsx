import { DownOutlined } from '@ant-design/icons'
import { Select, type SelectProps } from 'antd'
import { useState } from 'react'

export type DeferredSelectProps<V> = Omit<SelectProps<V>, 'aria-label' | 'placeholder'> & {
  'aria-label': string
  /** The chosen options' words as the plain field shows them; empty for none. */
  shown: string
  /** Shown, greyed, where nothing is chosen. */
  placeholder?: string
  /** antd's small size: the pagination's select is small. */
  size?: 'small' | 'middle'
}

/**
 * antd's select, drawn first as a plain field with the same box and words. A page draws several
 * selects at once and most are never opened, while each antd select mounts a trigger, a virtual
 * list and measurements of its own. The select takes the field's place when the pointer comes
 * over it, when the focus reaches it (it takes the focus) or when it is pressed (it opens), as
 * the date-range filter does with its picker.
 */
export function DeferredSelect<V>({ shown, ...props }: DeferredSelectProps<V>) {
  const [reached, setReached] = useState<'pointer' | 'focus' | 'press'>()
  // A disabled select is never reached: it is drawn as it is.
  if (!reached && !props.disabled) {
    const classes = ['plain-input', 'plain-select']
    if (!shown) classes.push('plain-select-empty')
    if (props.size === 'small') classes.push('plain-select-small')
    if (props.className) classes.push(props.className)
    return (
      // A combobox's list is a listbox unless it says otherwise.
      <span
        role="combobox"
        tabIndex={0}
        aria-expanded={false}
        aria-label={props['aria-label']}
        className={classes.join(' ')}
        style={props.style}
        onPointerEnter={() => setReached('pointer')}
        onFocus={() => setReached('focus')}
        onMouseDown={(event) => {
          // The select takes the press: opened, as a press on it would have opened it. Drawn once
          // the press has gone by, since a select drawn during it would take the press, which
          // reaches the window after it was drawn, for one outside it, and close again.
          event.preventDefault()
          setTimeout(() => setReached('press'))
        }}
      >
        <span>{shown || props.placeholder}</span>
        <DownOutlined aria-hidden />
      </span>
    )
  }
  return (
    <Select<V>
      {...props}
      // Drawn again when pressed after the pointer came over it: it opens as it is drawn.
      key={reached}
      autoFocus={reached === 'focus' || reached === 'press'}
      defaultOpen={reached === 'press'}
    />
  )
}
