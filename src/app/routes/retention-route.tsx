export { RetentionPage as RetentionRoute } from '../../features/retention/components/retention-page'
