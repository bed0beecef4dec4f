import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RequestType } from '../api/enums'
import type { RequestDetail } from '../api/schemas'
import { panelFor } from './panel-for'
import type { RequestCommand, RequestPanelProps } from './request-panel-props'

const CopyPanel = panelFor('copy', ({ request }: RequestPanelProps) => (
  <p>copy panel for {request.id}</p>
))

const show = (type: RequestType) =>
  render(
    <CopyPanel request={{ id: 'R000123', type } as RequestDetail} command={{} as RequestCommand} />,
  )

describe('panelFor', () => {
  it('draws the panel, with the props it is given, for a request of its type', () => {
    show('copy')
    expect(screen.getByText('copy panel for R000123')).toBeInTheDocument()
  })

  it.each<RequestType>(['access', 'deletion'])('draws nothing for a %s request', (type) => {
    const { container } = show(type)
    expect(container).toBeEmptyDOMElement()
  })
})
