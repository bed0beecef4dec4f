import { lazy, Suspense, useState, type ReactNode } from 'react'

// antd's Modal is needed only when a session dialog opens, which most visits never see. A session
// expires on the server's word, so the network is there to fetch the dialog when it is needed.
const load = () => import('./session-dialogs')

export const SessionExpiredDialog = lazy(() =>
  load().then((m) => ({ default: m.SessionExpiredDialog })),
)
export const IdleDialog = lazy(() => load().then((m) => ({ default: m.IdleDialog })))

/**
 * Mounts its dialog the first time `open` is true and keeps it mounted after, so the dialog can
 * animate closed and hand focus back to where it was.
 */
export function MountWhenOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null
}
