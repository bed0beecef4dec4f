import { describe, expect, it } from 'vitest'
import {
  categoriesText,
  checkTemplate,
  composeTemplate,
  CONTACT_TEXT,
  ELEMENT_MARKERS,
  TEMPLATE_ELEMENTS,
} from './incident-template'

const SECTIONS = {
  incident: '接口配置错误，您的手机号可能外泄。',
  categories: '您的手机号与姓名。',
  measures: '已关闭接口并排查日志。',
  advice: '请警惕冒充平台的来电。',
  remedies: '可免费开通来电风险提醒一年。',
  contact: '客服热线 400-000-0000。',
}
const ALL_OK = Object.fromEntries(TEMPLATE_ELEMENTS.map((e) => [e, 'ok']))

describe('checkTemplate', () => {
  it('accepts a notice that carries all six elements, in any order and with other text around', () => {
    const text = `【任务易】尊敬的用户：\n【补救措施】${SECTIONS.remedies}\n【联系我们】${SECTIONS.contact}\n【事件情况】${SECTIONS.incident}\n【防范建议】${SECTIONS.advice}\n【涉及的个人信息】${SECTIONS.categories}\n【已采取措施】${SECTIONS.measures}\n祝好`
    expect(checkTemplate(text, 'zh-CN')).toEqual({ ok: true, elements: ALL_OK, problems: [] })
  })

  it('names a notice without the categories of personal information or a contact (PIPL art. 57)', () => {
    const text = composeTemplate(SECTIONS, 'zh-CN')
      .replace(/【涉及的个人信息】.*\n/, '')
      .replace(/【联系我们】.*$/, '【联系我们】')
    expect(checkTemplate(text, 'zh-CN')).toMatchObject({
      ok: false,
      elements: { categories: 'missing', contact: 'empty' },
      problems: ['categories', 'contact'],
    })
  })

  it('names an element whose heading is absent', () => {
    const text = composeTemplate(SECTIONS, 'zh-CN').replace(/【补救措施】.*\n/, '')
    const check = checkTemplate(text, 'zh-CN')
    expect(check.ok).toBe(false)
    expect(check.elements.remedies).toBe('missing')
    expect(check.problems).toEqual(['remedies'])
  })

  it('refuses a bare heading: the element needs text of its own before the next heading', () => {
    const text = `【事件情况】${SECTIONS.incident}【涉及的个人信息】${SECTIONS.categories}【已采取措施】 \n 【防范建议】${SECTIONS.advice}【补救措施】赔偿【联系我们】${SECTIONS.contact}`
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
        categories: 'Your phone number.',
        measures: 'We closed the interface.',
        advice: 'Beware of fraud calls.',
        remedies: 'A free alert service.',
        contact: CONTACT_TEXT['en-US'],
      },
      'en-US',
    )
    expect(checkTemplate(en, 'en-US').ok).toBe(true)
    expect(en.startsWith(ELEMENT_MARKERS['en-US'].incident)).toBe(true)
  })

  it('reports nothing present in an empty text', () => {
    expect(checkTemplate('', 'zh-CN').elements).toEqual({
      incident: 'missing',
      categories: 'missing',
      measures: 'missing',
      advice: 'missing',
      remedies: 'missing',
      contact: 'missing',
    })
  })
})

describe('composeTemplate', () => {
  it('puts the sections in the policy order after an optional greeting, and passes its own check', () => {
    const text = composeTemplate(SECTIONS, 'zh-CN', '尊敬的用户：')
    expect(text.split('\n')).toEqual([
      '尊敬的用户：',
      `【事件情况】${SECTIONS.incident}`,
      `【涉及的个人信息】${SECTIONS.categories}`,
      `【已采取措施】${SECTIONS.measures}`,
      `【防范建议】${SECTIONS.advice}`,
      `【补救措施】${SECTIONS.remedies}`,
      `【联系我们】${SECTIONS.contact}`,
    ])
    expect(checkTemplate(text, 'zh-CN').ok).toBe(true)
  })
})

describe('the categories and contact sections', () => {
  it('name the categories in words and give the contact of the privacy policy', () => {
    expect(categoriesText(['profile', 'contact'], 'zh-CN')).toBe(
      '本次事件涉及您的基本资料、联系方式。',
    )
    expect(categoriesText(['location'], 'en-US')).toBe('This incident involves your: Location.')
    expect(CONTACT_TEXT['zh-CN']).toBe(
      '如有疑问，请联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服咨询。',
    )
  })
})
