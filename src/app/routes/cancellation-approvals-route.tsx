export { CancellationApprovalsPage as CancellationApprovalsRoute } from '../../features/cancellations/components/cancellation-approvals-page'
