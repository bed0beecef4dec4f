export { LedgerPage as DisclosuresRoute } from '../../features/disclosures/components/ledger-page'
