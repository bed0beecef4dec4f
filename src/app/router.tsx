import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import type { SessionStaff } from '../shared/api/schemas'
import { sessionStore } from '../shared/api/session-store'
import { confirmedStaff } from '../shared/auth/session-context'
import { LoadFailure, StartupLoading } from './layout/load-failure'
import { SCREENS } from './route-table'
import { antdProviderModule, shellModules } from './shell-modules'

// How long the first load waits for a screen's data before drawing without it.
const FIRST_DATA_WAIT_MS = 1_000

type FirstLoadData = (
  work: (staff: Promise<SessionStaff | null>) => Promise<unknown>,
) => Promise<null>

function screenRoute(
  screen: (typeof SCREENS)[number],
  queryClient: QueryClient,
  firstLoadData: FirstLoadData,
): RouteObject {
  return {
    path: screen.path,
    lazy: async () => {
      const [Component, prefetch, [, { RequireRole, RouteErrorBoundary }]] = await Promise.all([
        screen.load(),
        screen.prefetch?.(),
        shellModules(),
      ])
      return {
        loader:
          prefetch &&
          (({ request }) =>
            firstLoadData((staff) =>
              prefetch(queryClient, new URL(request.url).searchParams, staff),
            )),
        Component: () => (
          <RequireRole roles={screen.roles}>
            <Component />
          </RequireRole>
        ),
        ErrorBoundary: RouteErrorBoundary,
      }
    },
  }
}

export function createAppRouter(queryClient: QueryClient) {
  // On the first load of a tab that holds a session, loaders ask for a screen's data together with
  // the session's check rather than after its answer, and wait for it (briefly), so the console
  // draws once, with its data, instead of drawing the shell and then filling it in. Later
  // navigations and filter changes do nothing here: the screen shows at once and its own queries
  // fetch.
  const firstLoadData: FirstLoadData = async (work) => {
    if (router.state.initialized || !sessionStore.getToken()) return null
    await Promise.race([
      work(confirmedStaff().catch(() => null)).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS)),
    ])
    return null
  }
  const router = createBrowserRouter([
    {
      // Shown only when a part of the console could not even be loaded (a network failure
      // mid-deploy): it needs nothing that might have failed to load.
      errorElement: <LoadFailure />,
      HydrateFallback: StartupLoading,
      children: [
        {
          path: '/sign-in',
          lazy: async () => ({ Component: (await import('./routes/sign-in-route')).SignInRoute }),
        },
        {
          // A staff member sets their own password with the code sent to them: public, no shell.
          path: '/activate',
          lazy: async () => ({
            Component: (await import('../features/sign-in/components/activation-page'))
              .ActivationPage,
          }),
        },
        {
          // A user's copy of their personal information (policy 6(7)): public, no shell, no session.
          path: '/copy/:token',
          lazy: async () => {
            const [{ CopyDownloadRoute }, { AntdProvider }] = await Promise.all([
              import('./routes/copy-download-route'),
              antdProviderModule(),
            ])
            return {
              Component: () => (
                <AntdProvider>
                  <CopyDownloadRoute />
                </AntdProvider>
              ),
            }
          },
        },
        {
          path: '/',
          lazy: async () => {
            const [{ AppShell }, { RequireSession, RouteErrorBoundary }, { AntdProvider }] =
              await shellModules()
            return {
              // Imported here, not above, so the entry and the sign-in page stay without it.
              loader: () =>
                firstLoadData(async () =>
                  (await import('../shared/api/calendar')).prefetchCalendar(queryClient),
                ),
              Component: () => (
                <AntdProvider>
                  <RequireSession>
                    <AppShell />
                  </RequireSession>
                </AntdProvider>
              ),
              ErrorBoundary: () => (
                <AntdProvider>
                  <RouteErrorBoundary />
                </AntdProvider>
              ),
            }
          },
          children: [
            {
              index: true,
              lazy: async () => ({
                Component: (await import('./layout/status-pages')).HomeRedirect,
              }),
            },
            ...SCREENS.map((screen) => screenRoute(screen, queryClient, firstLoadData)),
            { path: 'home', element: <Navigate to="/" replace /> },
            {
              path: '*',
              lazy: async () => ({
                Component: (await import('./layout/status-pages')).NotFoundPage,
              }),
            },
          ],
        },
      ],
    },
  ])
  return router
}
