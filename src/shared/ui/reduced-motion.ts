import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

function subscribe(changed: () => void) {
  const query = window.matchMedia(QUERY)
  query.addEventListener('change', changed)
  return () => query.removeEventListener('change', changed)
}

const reduced = () => window.matchMedia(QUERY).matches

/**
 * Whether the person asked their system for less motion. Dialogs, drawers, dropdowns and toasts
 * then appear at once instead of sliding and fading in, which also spares a slow machine the frames.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reduced, () => false)
}
