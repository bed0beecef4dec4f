import type { TFunction } from '../../../shared/i18n/i18n'
import { beijingTime } from '../../../shared/lib/working-days'

// The backend writes what an incident event did as a line for its own log ("I000003-C1 sms to 337
// user(s)"). What is stored stays as it is; the console reads it out in the reader's language.
// A line of another shape is shown as written.

const CAMPAIGN_SENT = /^(\S+) (\w+) to (\d+) user\(s\)$/
const CAMPAIGN_RETRIED = /^(\S+): (\d+) failed deliveries retried$/
const PUBLISHED = /^(amended; )?([\w, ]+) at (\S+)$/
const IMPORTED = /^(\d+) added, (\d+) already listed, (\d+) rejected(?: \(lines ([\d, …]+)\))?$/
const BY_QUERY = /^(\d+) by query: (.*)$/

/** An incident event's detail in words, and the part an auditor reads as it was sent (a query). */
export function incidentDetail(
  action: string,
  detail: string,
  t: TFunction,
): { text: string; raw?: string } {
  const sent = action === 'campaign_sent' && CAMPAIGN_SENT.exec(detail)
  if (sent)
    return {
      text: t('incidents:timeline.detail.campaignSent', {
        campaign: sent[1],
        channel: t(`incidents:campaign.channels.${sent[2]!}`, { defaultValue: sent[2]! }),
        count: Number(sent[3]),
      }),
    }
  const retried = action === 'campaign_retried' && CAMPAIGN_RETRIED.exec(detail)
  if (retried)
    return {
      text: t('incidents:timeline.detail.campaignRetried', {
        campaign: retried[1],
        count: Number(retried[2]),
      }),
    }
  const published = action === 'announcement_published' && PUBLISHED.exec(detail)
  if (published)
    return {
      text: t(`incidents:timeline.detail.${published[1] ? 'amended' : 'published'}`, {
        venues: published[2]!
          .split(', ')
          .map((v) => t(`incidents:announcement.venue.${v}`, { defaultValue: v }))
          .join(t('common:common.listSeparator')),
        at: beijingTime(published[3]!),
      }),
    }
  const imported = action === 'users_imported' && IMPORTED.exec(detail)
  if (imported)
    return {
      text:
        t('incidents:timeline.detail.imported', {
          added: Number(imported[1]),
          already: Number(imported[2]),
          rejected: Number(imported[3]),
        }) +
        (imported[4]
          ? t('incidents:timeline.detail.rejectedLines', {
              lines: imported[4].split(', ').join(t('common:common.listSeparator')),
            })
          : ''),
    }
  const byQuery = action === 'users_added' && BY_QUERY.exec(detail)
  if (byQuery)
    return {
      text: t('incidents:timeline.detail.byQuery', { count: Number(byQuery[1]) }),
      raw: byQuery[2],
    }
  return { text: detail }
}
