import type { HTMLAttributes, ReactNode } from 'react'
import { TONE_STYLE, type Tone } from './theme'

/**
 * The one way to draw a status or tag-like label: a plain element with the look of antd's filled
 * Tag (the `.pill` class), its text in the tone's colour on the tone's light tint. Plain, because a
 * 50-row page of them renders in about half the time antd's Tag takes (bench/README.md). Without a
 * tone it is antd's default grey tag.
 */
export function StatusLabel({
  tone,
  icon,
  className,
  style,
  children,
  ...rest
}: { tone?: Tone; icon?: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  const toneStyle = tone ? TONE_STYLE[tone] : undefined
  return (
    <span
      className={className ? `pill ${className}` : 'pill'}
      style={style ? { ...toneStyle, ...style } : toneStyle}
      {...rest}
    >
      {icon}
      {icon ? <span className="pill-text">{children}</span> : children}
    </span>
  )
}
