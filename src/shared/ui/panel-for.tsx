import type { ComponentType } from 'react'
import type { RequestType } from '../api/enums'
import type { RequestPanelProps } from './request-panel-props'

/**
 * A panel for one type of request. The request page offers every panel to every request; this
 * draws `Panel` only for its type, so its queries and forms never start for another.
 */
export function panelFor(
  type: RequestType,
  Panel: ComponentType<RequestPanelProps>,
): ComponentType<RequestPanelProps> {
  return function TypePanel(props: RequestPanelProps) {
    return props.request.type === type ? <Panel {...props} /> : null
  }
}
