/* The in-browser mock backend's service worker: MSW's own (mockServiceWorker.js, as `msw init`
 * writes it), but only for the API. MSW's worker hands every request of the page to the page's
 * main thread to find a handler, the console's 90 JavaScript files included; those waited for the
 * page between the browser and the network, while the page was busy drawing. A fetch event this
 * listener stops goes to the network as it would with no worker at all. */

// Where the browser can route requests itself (InstallEvent.addRoutes), every request but the
// API's goes straight to the network without waking this worker: a cold load of the queue gave
// it 109 fetch events to pass on, and now gives it the 9 of the API. Elsewhere the listener below
// lets them through.
self.addEventListener('install', (event) => {
  event.addRoutes?.({
    condition: { not: { urlPattern: new URLPattern({ pathname: '/api/*' }) } },
    source: 'network',
  })
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/'))
    event.stopImmediatePropagation()
})

importScripts('./mockServiceWorker.js')
