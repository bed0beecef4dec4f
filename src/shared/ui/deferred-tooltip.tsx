import { Tooltip } from 'antd'
import { cloneElement, useState, type PointerEvent, type ReactElement, type ReactNode } from 'react'

type Trigger = ReactElement<{ onPointerEnter?: (event: PointerEvent<HTMLElement>) => void }>

/**
 * A hover tooltip for what repeats on every row of a list: the tooltip (a trigger, a portal and
 * their observers) is built the first time the pointer comes over its element, not for every row
 * as the list draws. Its text must also be in the element's accessible name, since keyboard and
 * screen-reader users do not hover.
 */
export function DeferredTooltip({ title, children }: { title: ReactNode; children: Trigger }) {
  const [wanted, setWanted] = useState(false)
  if (wanted) {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    )
  }
  return cloneElement(children, {
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      children.props.onPointerEnter?.(event)
      setWanted(true)
    },
  })
}
