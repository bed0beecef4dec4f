import type { IncidentSeverity } from '../api/incident-schemas'
import type { TFunction } from '../i18n/i18n'
import '../i18n/incident-record'
import { beijingTime } from '../lib/working-days'

// The backend writes what an incident event did as a line for its own log ("I000003-C1 sms to 337
// user(s)"), in the incident's history and in the audit log alike. What is stored stays as it is;
// the console reads it out in the reader's language. A line of another shape is shown as written.

const CAMPAIGN_SENT = /^(\S+) (\w+) to (\d+) user\(s\)$/
const CAMPAIGN_RETRIED = /^(\S+): (\d+) failed deliveries retried$/
const PUBLISHED = /^(amended; )?([\w, ]+) at (\S+)$/
const IMPORTED = /^(\d+) added, (\d+) already listed, (\d+) rejected(?: \(lines ([\d, …]+)\))?$/
const BY_QUERY = /^(\d+) by query: (.*)$/
// An edit names the fields it changed; the audit log's record of a new incident, its severity.
const UPDATED = /^(\w+(?:, \w+)*)$/
// (A severity is known by its having words: the schema's list would tie this module, and so the
// first screen's code, to the incident schemas.)
const CREATED = /^([a-z]+): (.+)$/s

/** A line written for machines, in words, and the part of it an auditor reads as it was sent. */
export interface DetailWords {
  text: string
  raw?: string
}

/** An incident event's detail in words, and the part an auditor reads as it was sent (a query). */
export function incidentDetail(action: string, detail: string, t: TFunction): DetailWords {
  const sent = action === 'campaign_sent' && CAMPAIGN_SENT.exec(detail)
  if (sent)
    return {
      text: t('incidentRecord:detail.campaignSent', {
        campaign: sent[1],
        channel: t(`incidentRecord:channel.${sent[2]!}`, { defaultValue: sent[2]! }),
        count: Number(sent[3]),
      }),
    }
  const retried = action === 'campaign_retried' && CAMPAIGN_RETRIED.exec(detail)
  if (retried)
    return {
      text: t('incidentRecord:detail.campaignRetried', {
        campaign: retried[1],
        count: Number(retried[2]),
      }),
    }
  const published = action === 'announcement_published' && PUBLISHED.exec(detail)
  if (published)
    return {
      text: t(`incidentRecord:detail.${published[1] ? 'amended' : 'published'}`, {
        venues: published[2]!
          .split(', ')
          .map((v) => t(`incidentRecord:venue.${v}`, { defaultValue: v }))
          .join(t('common:common.listSeparator')),
        at: beijingTime(published[3]!),
      }),
    }
  const imported = action === 'users_imported' && IMPORTED.exec(detail)
  if (imported)
    return {
      text:
        t('incidentRecord:detail.imported', {
          added: Number(imported[1]),
          already: Number(imported[2]),
          rejected: Number(imported[3]),
        }) +
        (imported[4]
          ? t('incidentRecord:detail.rejectedLines', {
              lines: imported[4].split(', ').join(t('common:common.listSeparator')),
            })
          : ''),
    }
  const byQuery = action === 'users_added' && BY_QUERY.exec(detail)
  if (byQuery)
    return {
      text: t('incidentRecord:detail.byQuery', { count: Number(byQuery[1]) }),
      raw: byQuery[2],
    }
  if (action === 'updated' && detail === 'no change')
    return { text: t('incidentRecord:detail.noChange') }
  const updated = action === 'updated' && UPDATED.exec(detail)
  if (updated)
    return {
      text: t('incidentRecord:detail.updated', {
        fields: updated[1]!
          .split(', ')
          .map((f) => t(`incidentRecord:field.${f}`, { defaultValue: f }))
          .join(t('common:common.listSeparator')),
      }),
    }
  const created = action === 'created' && CREATED.exec(detail)
  const severity =
    created && t(`incidentRecord:severity.${created[1] as IncidentSeverity}`, { defaultValue: '' })
  if (created && severity)
    return { text: t('incidentRecord:detail.created', { severity, title: created[2] }) }
  return { text: detail }
}
