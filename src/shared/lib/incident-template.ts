import type { DataCategory } from '../api/enums'
import { commonMessages } from '../i18n/common'
import { COMPLAINT_CHANNEL } from './rejection-notice'

// Policy 5(3) and PIPL art. 57: a notice to users affected by a personal-information security
// incident must say (1) what happened and its possible impact, (2) which categories of personal
// information are involved, (3) what the platform has done or will do, (4) how users can protect
// themselves, (5) what remedies they get, and (6) whom to contact with questions. A template
// marks each element with a section heading, so a reviewer and the check both see where each one is.

export const TEMPLATE_ELEMENTS = [
  'incident',
  'categories',
  'measures',
  'advice',
  'remedies',
  'contact',
] as const
export type TemplateElement = (typeof TEMPLATE_ELEMENTS)[number]

export type TemplateLanguage = 'zh-CN' | 'en-US'

export const ELEMENT_MARKERS: Record<TemplateLanguage, Record<TemplateElement, string>> = {
  'zh-CN': {
    incident: '【事件情况】',
    categories: '【涉及的个人信息】',
    measures: '【已采取措施】',
    advice: '【防范建议】',
    remedies: '【补救措施】',
    contact: '【联系我们】',
  },
  'en-US': {
    incident: '[What happened]',
    categories: '[Personal information involved]',
    measures: '[Our measures]',
    advice: '[Protect yourself]',
    remedies: '[Remedies]',
    contact: '[Contact us]',
  },
}

/** A section shorter than this says nothing a user could act on. */
export const MIN_SECTION_CHARS = 4

export type ElementState = 'ok' | 'missing' | 'empty'

export interface TemplateCheck {
  ok: boolean
  elements: Record<TemplateElement, ElementState>
  /** The elements that are absent or have no text, in the policy's order. */
  problems: TemplateElement[]
}

function visibleLength(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length
}

/**
 * Which of the six elements a template carries. An element counts only when its heading is
 * there and followed by text of its own (up to the next heading), so a bare heading is refused.
 */
export function checkTemplate(text: string, language: TemplateLanguage): TemplateCheck {
  const markers = ELEMENT_MARKERS[language]
  const all = Object.values(markers)
  const elements = {} as Record<TemplateElement, ElementState>
  for (const element of TEMPLATE_ELEMENTS) {
    const at = text.indexOf(markers[element])
    if (at < 0) {
      elements[element] = 'missing'
      continue
    }
    const start = at + markers[element].length
    const ends = all.map((m) => text.indexOf(m, start)).filter((i) => i >= 0)
    const section = text.slice(start, ends.length ? Math.min(...ends) : text.length)
    elements[element] = visibleLength(section) >= MIN_SECTION_CHARS ? 'ok' : 'empty'
  }
  const problems = TEMPLATE_ELEMENTS.filter((e) => elements[e] !== 'ok')
  return { ok: problems.length === 0, elements, problems }
}

/** A template assembled from the six texts, in the order the policy names them. */
export function composeTemplate(
  sections: Record<TemplateElement, string>,
  language: TemplateLanguage,
  greeting = '',
): string {
  const markers = ELEMENT_MARKERS[language]
  const body = TEMPLATE_ELEMENTS.map((e) => `${markers[e]}${sections[e].trim()}`).join('\n')
  return greeting ? `${greeting}\n${body}` : body
}

/** The categories section: the incident's categories of personal information, in words. */
export function categoriesText(
  categories: readonly DataCategory[],
  language: TemplateLanguage,
): string {
  const names = categories.map((c) => commonMessages[language].dataCategory[c])
  return language === 'zh-CN'
    ? `本次事件涉及您的${names.join('、')}。`
    : `This incident involves your: ${names.join(', ')}.`
}

/** The contact section: where the privacy policy (section 7, "联系我们") sends questions. */
export const CONTACT_TEXT: Record<TemplateLanguage, string> = {
  'zh-CN': `如有疑问，请${COMPLAINT_CHANNEL}咨询。`,
  'en-US':
    'With any question, contact 任务易 customer service, or the online customer service at www.zjn1.cn.',
}
