import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import {
  categoriesText,
  composeTemplate,
  CONTACT_TEXT,
  ELEMENT_MARKERS,
  TEMPLATE_ELEMENTS,
  type TemplateLanguage,
} from '../../../shared/lib/incident-template'

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')

/** A Chinese notice drafted from the incident record: each element from the fields that answer it. */
export function draftFromRecord(incident: IncidentDetail, greeting: string): string {
  return composeTemplate(
    {
      incident: join(incident.description, incident.impact),
      categories: categoriesText(incident.dataCategories, 'zh-CN'),
      measures: join(incident.measuresTaken, incident.measuresPlanned),
      advice: incident.adviceToUsers,
      remedies: incident.remedies,
      contact: CONTACT_TEXT['zh-CN'],
    },
    'zh-CN',
    greeting,
  )
}

/** The six headings with nothing under them yet: a translation starts from these. */
export function skeleton(language: TemplateLanguage, greeting: string): string {
  const body = TEMPLATE_ELEMENTS.map((e) => `${ELEMENT_MARKERS[language][e]}\n`).join('')
  return greeting ? `${greeting}\n${body}` : body
}

/**
 * How many SMS a text costs: a GSM-7 text fits 160 characters in one message and 153 per part
 * when split; anything else (Chinese) 70, and 67 per part.
 */
export function smsSegments(text: string): { chars: number; segments: number } {
  const chars = Array.from(text).length
  if (chars === 0) return { chars, segments: 0 }
  const gsm = /^[\x20-\x7E\n\r]*$/.test(text)
  const [single, part] = gsm ? [160, 153] : [70, 67]
  return { chars, segments: chars <= single ? 1 : Math.ceil(chars / part) }
}
