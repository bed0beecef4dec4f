export { QueuePage as QueueRoute } from '../../features/review-queue/components/queue-page'
export { prefetchQueue } from '../../features/review-queue/model/queue-prefetch'
