export { AuditPage as AuditRoute } from '../../features/audit/components/audit-page'
