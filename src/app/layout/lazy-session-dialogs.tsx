import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'

// antd's Modal is needed only when a session dialog opens, which most visits never see.
const load = () => import('./session-dialogs')

export const SessionExpiredDialog = lazy(() =>
  load().then((m) => ({ default: m.SessionExpiredDialog })),
)
export const IdleDialog = lazy(() => load().then((m) => ({ default: m.IdleDialog })))

/**
 * Fetches the dialogs once the page is idle, so they still open if the network is gone by the
 * time they are needed.
 */
export function usePrefetchSessionDialogs(): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => void load())
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(() => void load(), 2_000)
    return () => window.clearTimeout(id)
  }, [])
}

/**
 * Mounts its dialog the first time `open` is true and keeps it mounted after, so the dialog can
 * animate closed and hand focus back to where it was.
 */
export function MountWhenOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null
}
