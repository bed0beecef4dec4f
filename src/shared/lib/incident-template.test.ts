import { describe, expect, it } from 'vitest'
import {
  checkTemplate,
  composeTemplate,
  ELEMENT_MARKERS,
  TEMPLATE_ELEMENTS,
} from './incident-template'

const SECTIONS = {
  incident: '接口配置错误，您的手机号可能外泄。',
  measures: '已关闭接口并排查日志。',
  advice: '请警惕冒充平台的来电。',
  remedies: '可免费开通来电风险提醒一年。',
}

describe('checkTemplate', () => {
  it('accepts a notice that carries all four elements, in any order and with other text around', () => {
    const text = `【任务易】尊敬的用户：\n【补救措施】${SECTIONS.remedies}\n【事件情况】${SECTIONS.incident}\n【防范建议】${SECTIONS.advice}\n【已采取措施】${SECTIONS.measures}\n客服热线 400-000-0000`
    expect(checkTemplate(text, 'zh-CN')).toEqual({
      ok: true,
      elements: { incident: 'ok', measures: 'ok', advice: 'ok', remedies: 'ok' },
      problems: [],
    })
  })

  it('names an element whose heading is absent', () => {
    const text = composeTemplate(SECTIONS, 'zh-CN').replace(/【补救措施】.*$/s, '')
    const check = checkTemplate(text, 'zh-CN')
    expect(check.ok).toBe(false)
    expect(check.elements.remedies).toBe('missing')
    expect(check.problems).toEqual(['remedies'])
  })

  it('refuses a bare heading: the element needs text of its own before the next heading', () => {
    const text = `【事件情况】${SECTIONS.incident}【已采取措施】 \n 【防范建议】${SECTIONS.advice}【补救措施】赔偿`
    const check = checkTemplate(text, 'zh-CN')
    expect(check.elements.measures).toBe('empty')
    expect(check.elements.remedies).toBe('empty')
    expect(check.problems).toEqual(['measures', 'remedies'])
  })

  it('reads the markers of the template language only', () => {
    const zh = composeTemplate(SECTIONS, 'zh-CN')
    expect(checkTemplate(zh, 'en-US').problems).toEqual([...TEMPLATE_ELEMENTS])
    const en = composeTemplate(
      {
        incident: 'Phone numbers were exposed.',
        measures: 'We closed the interface.',
        advice: 'Beware of fraud calls.',
        remedies: 'A free alert service.',
      },
      'en-US',
    )
    expect(checkTemplate(en, 'en-US').ok).toBe(true)
    expect(en.startsWith(ELEMENT_MARKERS['en-US'].incident)).toBe(true)
  })

  it('reports nothing present in an empty text', () => {
    expect(checkTemplate('', 'zh-CN').elements).toEqual({
      incident: 'missing',
      measures: 'missing',
      advice: 'missing',
      remedies: 'missing',
    })
  })
})

describe('composeTemplate', () => {
  it('puts the sections in the policy order after an optional greeting, and passes its own check', () => {
    const text = composeTemplate(SECTIONS, 'zh-CN', '尊敬的用户：')
    expect(text.split('\n')).toEqual([
      '尊敬的用户：',
      `【事件情况】${SECTIONS.incident}`,
      `【已采取措施】${SECTIONS.measures}`,
      `【防范建议】${SECTIONS.advice}`,
      `【补救措施】${SECTIONS.remedies}`,
    ])
    expect(checkTemplate(text, 'zh-CN').ok).toBe(true)
  })
})
