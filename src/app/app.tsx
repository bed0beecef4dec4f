import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '../shared/api/query-client'
import { SessionProvider } from '../shared/auth/session-context'
import { LocaleProvider } from '../shared/i18n/locale-provider'
import { createAppRouter } from './router'

/**
 * The console, its router made at once: a router starts loading the code of the screen the
 * address names when it is made. Made by React's first render, it asked for that code about
 * 40 ms later in a cold load of the queue, behind the mock's. Call it once per page.
 */
export function startApp() {
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  function App() {
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
  return { App, router }
}
