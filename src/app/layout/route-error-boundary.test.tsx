import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api/api-error'
import { Providers } from '../../test/render'
import { RouteErrorBoundary } from './route-error-boundary'

function renderFailedRoute(error: unknown) {
  const router = createMemoryRouter([
    {
      path: '/',
      loader: () => {
        throw error
      },
      Component: () => null,
      HydrateFallback: () => null,
      ErrorBoundary: RouteErrorBoundary,
    },
  ])
  return render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  )
}

describe('RouteErrorBoundary', () => {
  it("shows the server's message and its correlation id, which can be copied", async () => {
    renderFailedRoute(
      new ApiError(500, { code: 'internal', message: '服务暂时不可用', correlationId: 'c-1234' }),
    )
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getByText('服务暂时不可用')).toBeInTheDocument()
    expect(screen.getByText(/c-1234/)).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: '复制' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
  })

  it('shows a failure without a correlation id as its message only', async () => {
    renderFailedRoute(new Error('boom'))
    expect(await screen.findByText('boom')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '复制' })).toBeNull()
  })
})
