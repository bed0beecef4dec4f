import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '../shared/api/query-client'
import { SessionProvider } from '../shared/auth/session-context'
import { LocaleProvider } from '../shared/i18n/locale-provider'
import { createAppRouter } from './router'

/**
 * The console, its router made at once: a router starts loading the code of the screen the
 * address names when it is made, and made by React's first render it asked for that code only
 * once the page's language and React's first work were done (about 30 ms into a cold load's
 * busiest part). Call it once per page.
 */
export function startApp() {
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  return function App() {
    return (
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </LocaleProvider>
      </QueryClientProvider>
    )
  }
}
