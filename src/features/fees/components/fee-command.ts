import type { RequestDetail } from '../../../shared/api/schemas'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'

export type FeeCommand = ReturnType<typeof useRequestCommand>

export interface FeePanelProps {
  request: RequestDetail
  command: FeeCommand
}
