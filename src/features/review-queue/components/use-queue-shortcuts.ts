import { useShortcuts } from '../../../shared/ui/use-shortcuts'

export interface QueueShortcutHandlers {
  next(): void
  previous(): void
  open(): void
  claim(): void
  focusSearch(): void
  help(): void
}

/** Agents work the queue by keyboard: j/k, Enter, c, / and ?; ignored while typing in a field. */
export function useQueueShortcuts(handlers: QueueShortcutHandlers, enabled: boolean): void {
  useShortcuts(
    {
      j: handlers.next,
      k: handlers.previous,
      Enter: handlers.open,
      c: handlers.claim,
      '/': handlers.focusSearch,
      '?': handlers.help,
    },
    enabled,
  )
}
