import type { ComponentType } from 'react'
import { useParams } from 'react-router'
import { CancellationPanel } from '../../features/cancellations/components/cancellation-panel'
import { CopyPanel } from '../../features/copy-requests/components/copy-panel'
import { DeletionPanel } from '../../features/deletions/components/deletion-panel'
import { DisclosureStatementPanel } from '../../features/disclosures/components/disclosure-statement-panel'
import { DuplicateBanner } from '../../features/fees/components/duplicate-banner'
import { FeePanel } from '../../features/fees/components/fee-panel'
import { IdentityCheckPanel } from '../../features/identity-checks/components/identity-check-panel'
import { AccessPanel } from '../../features/rights-requests/components/access-panel'
import { ConsentWithdrawalPanel } from '../../features/rights-requests/components/consent-withdrawal-panel'
import { CorrectionPanel } from '../../features/rights-requests/components/correction-panel'
import { RefusalPanel } from '../../features/rights-requests/components/refusal-panel'
import {
  RequestDetailPage,
  type RequestPanelsProps,
} from '../../features/request-detail/components/request-detail-page'
import { UserDataValue } from '../../shared/ui/user-data-value'

// Each request type's own handling, in the order it appears on the page. A panel decides
// itself whether it applies to the request it is given (and renders nothing otherwise).
const PANELS: ComponentType<RequestPanelsProps>[] = [
  DuplicateBanner,
  IdentityCheckPanel,
  FeePanel,
  CancellationPanel,
  DeletionPanel,
  ConsentWithdrawalPanel,
  CorrectionPanel,
  AccessPanel,
  CopyPanel,
  RefusalPanel,
  DisclosureStatementPanel,
]

export function RequestDetailRoute() {
  const { id = '' } = useParams()
  return (
    <RequestDetailPage
      key={id}
      id={id}
      renderPanels={(props) => PANELS.map((Panel, i) => <Panel key={i} {...props} />)}
      renderUserField={(request, field) => (
        <UserDataValue
          key={`${request.userId}:${field}`}
          user={request.user}
          field={field}
          requestId={request.id}
        />
      )}
    />
  )
}
