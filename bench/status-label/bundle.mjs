// What antd's Tag adds to a page that already draws an antd Table: two tiny entries built by
// Vite's production rules, gzipped JavaScript compared. `node bench/status-label/bundle.mjs`
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const ENTRIES = {
  table: `import { Table } from 'antd'; console.log(Table)`,
  'table+tag': `import { Table, Tag } from 'antd'; console.log(Table, Tag)`,
}

// Inside the project, so the entries resolve antd from its node_modules.
const dir = mkdtempSync(join(import.meta.dirname, '.build-'))
for (const [name, code] of Object.entries(ENTRIES)) {
  const entry = join(dir, `${name}.js`)
  writeFileSync(entry, code)
  const out = join(dir, `out-${name}`)
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      outDir: out,
      lib: { entry, formats: ['es'], fileName: 'x' },
      rollupOptions: { external: ['react', 'react-dom', 'react/jsx-runtime'] },
    },
  })
  const bytes = readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0)
  console.log(`${name}: ${(bytes / 1024).toFixed(1)} kB gzipped`)
}
rmSync(dir, { recursive: true })
