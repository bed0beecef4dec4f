import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
}

/**
 * A static server with gzip, as a production web server would serve the build. It counts the
 * gzipped JavaScript bytes it sends, per file, so a measurement can say what a page pulled in.
 */
export function serveStatic(root, port) {
  const sent = []
  const cache = new Map()
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    let path = normalize(join(root, decodeURIComponent(url.pathname)))
    if (!path.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    const isFile = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    )
    if (!isFile) path = join(root, 'index.html')
    let entry = cache.get(path)
    if (!entry) {
      const body = await readFile(path)
      entry = {
        body: gzipSync(body, { level: 6 }),
        type: TYPES[extname(path)] ?? 'application/octet-stream',
      }
      cache.set(path, entry)
    }
    if (entry.type.startsWith('text/javascript'))
      sent.push({ file: url.pathname, bytes: entry.body.length })
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Encoding': 'gzip',
      'Content-Length': entry.body.length,
      'Cache-Control': path.endsWith('index.html')
        ? 'no-cache'
        : 'public, max-age=31536000, immutable',
      'Service-Worker-Allowed': '/',
    })
    res.end(entry.body)
  })
  return new Promise((resolve) => {
    // Port 0 takes a free one.
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        takeSent: () => sent.splice(0, sent.length),
        close: () => new Promise((r) => server.close(r)),
      }),
    )
  })
}
