import { useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import type { ComponentType } from 'react'
import { expect } from 'vitest'
import { getBackend } from '../../mocks/backend-instance'
import { requestQueries } from '../shared/api/requests'
import type { RequestDetail } from '../shared/api/schemas'
import { ErrorAlert } from '../shared/ui/error-alert'
import { useRequestCommand } from '../shared/ui/use-request-command'
import { renderWithProviders, signInAs } from './render'

type Panel = ComponentType<{
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
}>

// A request panel as the request page composes it: the request from the server, the one command
// (with its error shown), and the status, so a test sees what the panel's actions did.
function WithCommand({ Panel, request }: { Panel: Panel; request: RequestDetail }) {
  const command = useRequestCommand(request)
  return (
    <>
      <div data-testid="status">{request.status}</div>
      <ErrorAlert error={command.error} />
      <Panel request={request} command={command} />
    </>
  )
}

function RequestPage({ Panel, id }: { Panel: Panel; id: string }) {
  const detail = useQuery(requestQueries.detail(id))
  return detail.data ? <WithCommand Panel={Panel} request={detail.data} /> : null
}

export function renderRequestPanel(Panel: Panel, id: string) {
  return renderWithProviders(<RequestPage Panel={Panel} id={id} />)
}

/**
 * Offers `Panel` a request of another type (a seeded copy request) as the request page does, and
 * checks that the panel, the region named `name`, is not drawn.
 */
export async function expectNoPanelOnOtherTypes(Panel: Panel, name: string): Promise<void> {
  const { db } = await getBackend()
  const other = db.requests.all().find((r) => r.type === 'copy')!
  await signInAs('agent01')
  renderRequestPanel(Panel, other.id)
  await screen.findByTestId('status')
  expect(screen.queryByRole('region', { name })).toBeNull()
}
