import { useEffect, useRef } from 'react'

/** Single keys (as `KeyboardEvent.key`) and what each does; a key left undefined does nothing. */
export type ShortcutMap = Record<string, (() => void) | undefined>

/** A key typed into a field is text, not a command. */
export function isTypingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

// A closed antd dialog stays in the DOM, hidden: only a rendered one counts.
export function isDialogOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].some(
    (el) => el.getClientRects().length > 0,
  )
}

const CONTROLS = 'button, a, [role="tab"], [role="button"], [role="checkbox"]'

/**
 * A screen's single-key shortcuts. They stay quiet while the person types in a field, while a
 * dialog is open (its own keys come first) and with a modifier held (the browser's own keys);
 * Enter on a focused button or link belongs to that control.
 */
export function useShortcuts(shortcuts: ShortcutMap, enabled = true): void {
  const latest = useRef(shortcuts)
  useEffect(() => {
    latest.current = shortcuts
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingInto(event.target) || isDialogOpen()) return
      const run = latest.current[event.key]
      if (!run) return
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target.closest(CONTROLS)
      )
        return
      event.preventDefault()
      run()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled])
}
