import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import { LoadFailure } from './layout/load-failure'
import { SCREENS } from './route-table'

// Everything built with antd (guards, error pages, the shell) is loaded with the first signed-in
// screen, so the entry and the sign-in page carry none of it.
const shellModules = () =>
  Promise.all([
    import('./layout/app-shell'),
    import('./layout/guards'),
    import('./layout/route-error-boundary'),
    import('../shared/ui/antd-provider'),
  ])

function screenRoute(screen: (typeof SCREENS)[number]): RouteObject {
  return {
    path: screen.path,
    lazy: async () => {
      const [Component, [, { RequireRole }, { RouteErrorBoundary }]] = await Promise.all([screen.load(), shellModules()])
      return {
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

export function createAppRouter() {
  return createBrowserRouter([
    {
      // Shown only when a part of the console could not even be loaded (a network failure
      // mid-deploy): it needs nothing that might have failed to load.
      errorElement: <LoadFailure />,
      children: [
        {
          path: '/sign-in',
          lazy: async () => ({ Component: (await import('./routes/sign-in-route')).SignInRoute }),
        },
        {
          // A user's copy of their personal information (policy 6(7)): public, no shell, no session.
          path: '/copy/:token',
          lazy: async () => {
            const [{ CopyDownloadRoute }, { AntdProvider }] = await Promise.all([import('./routes/copy-download-route'), import('../shared/ui/antd-provider')])
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
            const [{ AppShell }, { RequireSession }, { RouteErrorBoundary }, { AntdProvider }] = await shellModules()
            return {
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
              lazy: async () => ({ Component: (await import('./layout/status-pages')).HomeRedirect }),
            },
            ...SCREENS.map(screenRoute),
            { path: 'home', element: <Navigate to="/" replace /> },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./layout/status-pages')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ])
}
