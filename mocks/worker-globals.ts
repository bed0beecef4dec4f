// MSW keeps the cookies its handlers see in `localStorage` wherever it finds a browser, and fails
// to load in a service worker, which has none. The console sends the API no cookie (its requests
// carry a bearer token and omit credentials), so the worker gives MSW a store that lives as long
// as the worker does. Imported by service-worker.ts before MSW.
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>()
  const memoryStorage: Storage = {
    get length() {
      return items.size
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
  globalThis.localStorage = memoryStorage
}
