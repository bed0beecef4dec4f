export { IntakePage as IntakeRoute } from '../../features/review-queue/components/intake-page'
