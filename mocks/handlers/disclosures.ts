import { maskName } from '../../src/shared/lib/masking'
import { appendDisclosure } from '../db/chains'
import type { Database } from '../db/database'
import { notFound, paginate, reply, replyCsv, route } from '../http/route'
import { chainEndpoints } from './chain-endpoints'
import { disclosureApplicationHandlers } from './disclosure-applications'
import { exportLanguage } from '../../src/shared/lib/csv-export'
import { filterLedger, ledgerCsv, sortLedger, statementFor, userNamesFor } from './disclosure-query'
import { checkRecordInput, draftFromInput, headSeq, ledgerId } from './disclosure-rules'
import { disclosureEndpoints } from '../../src/shared/api/endpoints/disclosures'

// CONTRACT.md: compliance keeps the ledger; admins read everything.

function bySeq(db: Database) {
  return [...db.disclosures.all()].sort((a, b) => a.seq - b.seq)
}

const ledgerHandlers = [
  route(disclosureEndpoints.list, {
    async handle({ query, backend }) {
      const matches = sortLedger(filterLedger(backend.db.disclosures.all(), query), query.sort)
      const page = paginate(matches, query.page, query.pageSize)
      return { ...page, userNames: userNamesFor(backend.db, page.items) }
    },
  }),
  route(disclosureEndpoints.record, {
    async handle({ body, backend, staff, now, audit }) {
      checkRecordInput(backend.db, body, now)
      const record = await appendDisclosure(
        backend.db,
        draftFromInput(body, ledgerId(headSeq(backend.db) + 1), staff.id, now),
      )
      await audit('disclosure.recorded', record.id, {
        reason: body.corrects ? `corrects seq ${body.corrects}` : record.basis,
      })
      return reply(201, record)
    },
  }),
  route(disclosureEndpoints.exportCsv, {
    async handle({ query, backend, audit, request }) {
      const records = sortLedger(filterLedger(backend.db.disclosures.all(), query), 'seq:asc')
      const filter = Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join('&')
      await backend.write(() =>
        audit('disclosure.export', 'disclosures', {
          reason: `${records.length} record(s)${filter ? `; ${filter}` : ''}`,
        }),
      )
      const language = exportLanguage(request.headers.get('Accept-Language'))
      return replyCsv(ledgerCsv(backend.db, records, language))
    },
  }),
  ...chainEndpoints({
    chain: 'disclosures',
    base: '/disclosures',
    endpoints: disclosureEndpoints.chain,
    records: bySeq,
    name: 'The ledger',
    noun: 'records',
    actionPrefix: 'disclosure',
  }),
  route(disclosureEndpoints.detail, {
    async handle({ params, backend }) {
      const id = params.disclosureId ?? ''
      // Both the id (D000042) and the seq (42) name a record.
      const record = /^\d+$/.test(id)
        ? backend.db.disclosures.get(Number(id))
        : backend.db.disclosures.all().find((r) => r.id === id)
      if (!record) throw notFound(`Disclosure ${id}`)
      return record
    },
  }),
  route(disclosureEndpoints.ofUser, {
    async handle({ params, query, backend, now, audit }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      const items = statementFor(backend.db.disclosures.all(), user.id)
      await backend.write(() =>
        audit(
          'user.disclosure_statement',
          query.requestId ? `${user.id} (${query.requestId})` : user.id,
          { reason: `${items.length} item(s)` },
        ),
      )
      return {
        userId: user.id,
        userName: maskName(user.name),
        generatedAt: new Date(now).toISOString(),
        items,
      }
    },
  }),
]

// Specific paths first: /disclosures/:id would otherwise also match /disclosures/applications.
export const disclosureHandlers = [...disclosureApplicationHandlers, ...ledgerHandlers]
