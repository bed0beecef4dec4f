import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { useState } from 'react'
import { createQueryClient } from '../shared/api/query-client'
import { SessionProvider } from '../shared/auth/session-context'
import { LocaleProvider } from '../shared/i18n/locale-provider'
import { createAppRouter } from './router'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createAppRouter(queryClient))
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
