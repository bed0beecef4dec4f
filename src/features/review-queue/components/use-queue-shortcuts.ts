import { useEffect, useRef } from 'react'

export interface QueueShortcutHandlers {
  next(): void
  previous(): void
  open(): void
  claim(): void
  focusSearch(): void
  help(): void
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

// A closed antd dialog stays in the DOM, hidden: only a rendered one counts.
function dialogOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"]')].some(
    (el) => el.getClientRects().length > 0,
  )
}

/** Agents work the queue by keyboard: j/k, Enter, c, / and ?; ignored while typing in a field. */
export function useQueueShortcuts(handlers: QueueShortcutHandlers, enabled: boolean): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return
      if (dialogOpen()) return
      const h = latest.current
      const action: Record<string, (() => void) | undefined> = {
        j: h.next,
        k: h.previous,
        Enter: h.open,
        c: h.claim,
        '/': h.focusSearch,
        '?': h.help,
      }
      const run = action[event.key]
      if (!run) return
      // Enter on a focused button or link belongs to that control.
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target.closest('button, a, [role="tab"], [role="button"], [role="checkbox"]')
      )
        return
      event.preventDefault()
      run()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled])
}
