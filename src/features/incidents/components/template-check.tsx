import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons'
import { Form, Input, Typography } from 'antd'
import type { ReactNode } from 'react'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import {
  checkTemplate,
  ELEMENT_MARKERS,
  TEMPLATE_ELEMENTS,
  type TemplateLanguage,
} from '../../../shared/lib/incident-template'
import '../i18n'
import { fieldRules } from './rule-words'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { TONES } from '../../../shared/ui/theme'

const ICON = {
  ok: <CheckCircleFilled style={{ color: TONES.ok }} aria-hidden />,
  missing: <CloseCircleFilled style={{ color: TONES.blocking }} aria-hidden />,
  empty: <ExclamationCircleFilled style={{ color: TONES.attention }} aria-hidden />,
}

/** The six element markers of a language, as the hints beside the text fields list them. */
export const markerList = (language: TemplateLanguage) =>
  TEMPLATE_ELEMENTS.map((e) => ELEMENT_MARKERS[language][e]).join(' ')

/**
 * The hint beside an English text field: its markers are English words to be typed as they are,
 * so they are marked as English inside a Chinese sentence.
 */
export function EnglishMarkersHint() {
  const { t } = useTranslation('incidents')
  return (
    <>
      {t('campaign.markersHintEn')}
      <span lang="en">{markerList('en-US')}</span>
    </>
  )
}

/**
 * A notice's text in one language, with the live check of its six elements under it, following
 * the endpoint body's rules for it and counting against its limit.
 */
export function NoticeTextField({
  name,
  label,
  language,
  endpoint,
  extra,
}: {
  name: string
  label: string
  language: TemplateLanguage
  endpoint: Parameters<typeof fieldRules>[0]
  extra?: ReactNode
}) {
  const { t } = useTranslation('incidents')
  const text = (Form.useWatch(name) as string | undefined) ?? ''
  const rules = [...fieldRules(endpoint, t)(name, label), templateRule(language, t)]
  return (
    <>
      <Form.Item name={name} label={label} rules={rules} extra={extra}>
        <Input.TextArea rows={6} {...bodyCount(endpoint, name)} />
      </Form.Item>
      <TemplateCheck
        text={text}
        language={language}
        label={t('campaign.checkOf', { field: label })}
      />
    </>
  )
}

/** A live preview of the six-element rule the server enforces on every notice. */
export function TemplateCheck({
  text,
  language,
  label,
}: {
  text: string
  language: TemplateLanguage
  label: string
}) {
  const { t } = useTranslation('incidents')
  const check = checkTemplate(text, language)
  return (
    <div
      data-testid={`template-check-${language}`}
      aria-label={label}
      role="group"
      style={{ margin: '-4px 0 16px' }}
    >
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 0,
          display: 'flex',
          flexWrap: 'wrap',
          gap: '4px 16px',
        }}
      >
        {TEMPLATE_ELEMENTS.map((e) => (
          <li key={e} data-element={e} data-state={check.elements[e]}>
            {ICON[check.elements[e]]}{' '}
            {t('campaign.elementLine', {
              marker: ELEMENT_MARKERS[language][e],
              name: t(`campaign.element.${e}`),
              state: t(`campaign.state.${check.elements[e]}`),
            })}
          </li>
        ))}
      </ul>
      <Typography.Text
        type={check.ok ? undefined : 'secondary'}
        style={check.ok ? { color: TONES.ok } : undefined}
      >
        {check.ok
          ? t('campaign.checkOk')
          : t('campaign.checkProblems', {
              elements: check.problems
                .map((p) => t(`campaign.element.${p}`))
                .join(t('listSeparator')),
            })}
      </Typography.Text>
    </div>
  )
}

/** An antd form rule: the same check, so the form names the missing elements before sending. */
export function templateRule(language: TemplateLanguage, t: TFunction<'incidents'>) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const check = checkTemplate(value ?? '', language)
      if (!check.ok)
        throw new Error(
          t('campaign.checkProblems', {
            elements: check.problems
              .map((p) => t(`campaign.element.${p}`))
              .join(t('listSeparator')),
          }),
        )
    },
  }
}
