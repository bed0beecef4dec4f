import type { RequestDetail } from '../../../shared/api/schemas'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'

export interface DeletionPanelProps {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
}
