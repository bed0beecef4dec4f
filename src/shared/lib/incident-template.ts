// Policy 5(3): a notice to users affected by a personal-information security incident must say
// (1) what happened and its possible impact, (2) what the platform has done or will do,
// (3) how users can protect themselves, (4) what remedies they get. A template marks each
// element with a section heading, so a reviewer and the check both see where each one is.

export const TEMPLATE_ELEMENTS = ['incident', 'measures', 'advice', 'remedies'] as const
export type TemplateElement = (typeof TEMPLATE_ELEMENTS)[number]

export type TemplateLanguage = 'zh-CN' | 'en-US'

export const ELEMENT_MARKERS: Record<TemplateLanguage, Record<TemplateElement, string>> = {
  'zh-CN': {
    incident: '【事件情况】',
    measures: '【已采取措施】',
    advice: '【防范建议】',
    remedies: '【补救措施】',
  },
  'en-US': {
    incident: '[What happened]',
    measures: '[Our measures]',
    advice: '[Protect yourself]',
    remedies: '[Remedies]',
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
 * Which of the four elements a template carries. An element counts only when its heading is
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

/** A template assembled from the four texts, in the order the policy names them. */
export function composeTemplate(
  sections: Record<TemplateElement, string>,
  language: TemplateLanguage,
  greeting = '',
): string {
  const markers = ELEMENT_MARKERS[language]
  const body = TEMPLATE_ELEMENTS.map((e) => `${markers[e]}${sections[e].trim()}`).join('\n')
  return greeting ? `${greeting}\n${body}` : body
}
