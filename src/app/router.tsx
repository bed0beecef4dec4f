import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import { RequireRole, RequireSession } from './layout/guards'
import { HomeRedirect, NotFoundPage } from './layout/status-pages'
import { RouteErrorBoundary } from './layout/route-error-boundary'
import { SCREENS } from './route-table'

function screenRoute(screen: (typeof SCREENS)[number]): RouteObject {
  return {
    path: screen.path,
    errorElement: <RouteErrorBoundary />,
    lazy: async () => {
      const Component = await screen.load()
      return {
        Component: () => (
          <RequireRole roles={screen.roles}>
            <Component />
          </RequireRole>
        ),
      }
    },
  }
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/sign-in',
      lazy: async () => ({ Component: (await import('./routes/sign-in-route')).SignInRoute }),
    },
    {
      // A user's copy of their personal information (policy 6(7)): public, no shell, no session.
      path: '/copy/:token',
      lazy: async () => ({ Component: (await import('./routes/copy-download-route')).CopyDownloadRoute }),
    },
    {
      path: '/',
      // The shell loads with the first signed-in screen, so the sign-in page stays light.
      lazy: async () => {
        const { AppShell } = await import('./layout/app-shell')
        return {
          Component: () => (
            <RequireSession>
              <AppShell />
            </RequireSession>
          ),
        }
      },
      errorElement: <RouteErrorBoundary />,
      children: [
        { index: true, element: <HomeRedirect /> },
        ...SCREENS.map(screenRoute),
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
