import { StyleProvider } from '@ant-design/cssinjs'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '../shared/api/query-client'
import { sessionStore } from '../shared/api/session-store'
import { createSession } from '../shared/auth/session-api'
import { SessionProvider, useSession } from '../shared/auth/session-context'
import { LocaleProvider } from '../shared/i18n/locale-provider'
import { AntdProvider } from '../shared/ui/antd-provider'

/** Signs in against the mock backend (msw/node) so the component talks to real handlers. */
export async function signInAs(username: string): Promise<void> {
  const session = await createSession(username, 'Demo@2026')
  sessionStore.setToken(session.token)
}

/** Draws its children once the session has its staff member, as the signed-in shell does. */
export function WhenSignedIn({ children }: { children: ReactNode }) {
  return useSession().staff ? children : null
}

/**
 * The app's providers, with antd's styles kept out of the document: jsdom works out an element's
 * visibility for every role query by matching it, and each of its ancestors, against every rule
 * antd injects, which made a form test take minutes on a busy machine. What the styles do on
 * screen is checked in a real browser by the end-to-end tests.
 */
export function Providers({ children }: { children: ReactNode }) {
  const client = createQueryClient()
  client.setDefaultOptions({
    queries: { retry: false, staleTime: Infinity },
    mutations: { retry: false },
  })
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <SessionProvider>
          <StyleProvider mock="server">
            <AntdProvider>{children}</AntdProvider>
          </StyleProvider>
        </SessionProvider>
      </LocaleProvider>
    </QueryClientProvider>
  )
}

/** Renders through the app's providers, at a route when the component needs the router. */
export function renderWithProviders(
  ui: ReactElement,
  { path = '/', route = '/' }: { path?: string; route?: string } = {},
) {
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: <div data-testid="navigated" /> },
    ],
    {
      initialEntries: [route],
    },
  )
  return render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  )
}
