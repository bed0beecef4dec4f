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

  it("words a server's failure in Chinese and keeps its English message as raw detail", async () => {
    renderFailedRoute(
      new ApiError(500, {
        code: 'INTERNAL',
        message: 'Cannot read the database',
        correlationId: 'c-9',
      }),
    )
    expect(
      await screen.findByText('服务器处理失败，请稍后重试；如仍失败，请把关联编号告诉技术支持。'),
    ).toBeInTheDocument()
    const detail = screen.getByText('Cannot read the database')
    expect(detail).toHaveAttribute('data-raw')
    expect(screen.getByTestId('error-detail')).toHaveTextContent(
      '服务器说明: Cannot read the database',
    )
  })

  it("words a fault of the console's own code in Chinese, with its message as raw detail only", async () => {
    renderFailedRoute(new TypeError("Cannot read properties of undefined (reading 'id')"))
    expect(
      await screen.findByText(
        '页面出了意外错误，请重试；如仍出错，请联系技术支持，并附上技术说明（如有）。',
      ),
    ).toBeInTheDocument()
    expect(screen.getByTestId('error-detail')).toHaveTextContent(
      "技术说明: Cannot read properties of undefined (reading 'id')",
    )
    expect(screen.getByText(/^Cannot read properties/)).toHaveAttribute('data-raw')
    expect(screen.queryByText(/关联编号/)).toBeNull()
    expect(screen.queryByRole('button', { name: '复制' })).toBeNull()
  })
})
