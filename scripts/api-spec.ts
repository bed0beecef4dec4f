import { writeFileSync } from 'node:fs'
import { openApiDocument } from './openapi'

const out = process.argv[2] ?? 'openapi.json'
const document = openApiDocument()
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`)
console.log(`wrote ${out}: ${Object.keys(document.paths as object).length} paths`)
