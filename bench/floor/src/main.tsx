import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'

// The floor of our stack: a bare Vite + React + antd + react-router + TanStack Query app with
// lazy routes and nothing tuned, to measure the console against.
const router = createBrowserRouter([
  { path: '/', lazy: async () => ({ Component: (await import('./sign-in')).SignIn }) },
  { path: '/table', lazy: async () => ({ Component: (await import('./table-page')).TablePage }) },
])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
