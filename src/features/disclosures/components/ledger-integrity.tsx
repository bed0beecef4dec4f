import { useStaff } from '../../../shared/auth/session-context'
import { ChainVerification } from '../../../shared/ui/chain-verification'
import { disclosureQueries, ledgerChainSource, signLedgerCheckpoint } from '../api/disclosure-api'
import { useStaffName } from './use-staff-name'

/** The ledger's integrity: verified in the browser, independently of the server's own /verify. */
export function LedgerIntegrity() {
  const staff = useStaff()
  const staffName = useStaffName()
  return (
    <ChainVerification
      source={ledgerChainSource}
      checkpointsKey={disclosureQueries.checkpoints()}
      sign={staff.role === 'compliance' ? signLedgerCheckpoint : undefined}
      staffName={staffName}
    />
  )
}
