import type { ComponentType } from 'react'
import { useParams } from 'react-router'
import { RequestDetailPage, type RequestPanelsProps } from '../../features/request-detail/components/request-detail-page'

// Each request type's own handling, in the order it appears on the page. A panel decides
// itself whether it applies to the request it is given (and renders nothing otherwise).
const PANELS: ComponentType<RequestPanelsProps>[] = []

export function RequestDetailRoute() {
  const { id = '' } = useParams()
  return (
    <RequestDetailPage
      key={id}
      id={id}
      renderPanels={(props) => PANELS.map((Panel, i) => <Panel key={i} {...props} />)}
    />
  )
}
