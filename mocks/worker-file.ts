/**
 * The mock's service worker (public/mock-api-worker.js: MSW's own worker, for the API's requests
 * alone) and the one earlier builds registered, which a console with a real backend removes.
 */
export const MOCK_WORKER = 'mock-api-worker.js'
export const MOCK_WORKERS = [MOCK_WORKER, 'mockServiceWorker.js']
