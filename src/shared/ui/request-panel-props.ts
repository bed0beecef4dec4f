import type { RequestDetail } from '../api/schemas'
import type { useRequestCommand } from './use-request-command'

/** Acting on the request shown: its page's useRequestCommand. */
export type RequestCommand = ReturnType<typeof useRequestCommand>

/** What the request page gives every panel it shows. */
export interface RequestPanelProps {
  request: RequestDetail
  command: RequestCommand
}
