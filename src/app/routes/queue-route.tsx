export { QueuePage as QueueRoute } from '../../features/review-queue/components/queue-page'
