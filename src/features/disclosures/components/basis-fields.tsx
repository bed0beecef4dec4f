import { Alert, AutoComplete, Checkbox, Form, Input, Select, Switch } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { EXEMPTION_CLAUSES } from '../../../shared/api/disclosure-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import { validateIdNumber } from '../../../shared/lib/id-number'
import '../i18n'
import { FingerprintedFilesInput } from '../../../shared/ui/fingerprinted-files-input'
import { askFor, bodyRules, type Ask } from '../../../shared/ui/form-rules'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { disclosureEndpoints } from '../../../shared/api/endpoints/disclosures'
import { ruleWords } from './rule-words'

const DOCUMENT_TYPES = [
  '协助查询通知书',
  '调取证据通知书',
  '协助冻结通知书',
  '民事裁定书',
  '调查令',
]

const legalCount = (key: string) => bodyCount(disclosureEndpoints.record, `legalDocument.${key}`)

// The legal document's fields, each labelled by its own key.
const LEGAL_DOCUMENT: [
  key: 'authority' | 'documentType' | 'documentNumber' | 'provision',
  control: ReactNode,
][] = [
  ['authority', <Input {...legalCount('authority')} />],
  [
    'documentType',
    // The typed input rather than AutoComplete's own, which has no counter.
    <AutoComplete options={DOCUMENT_TYPES.map((value) => ({ value }))}>
      <Input {...legalCount('documentType')} />
    </AutoComplete>,
  ],
  [
    'documentNumber',
    <Input {...legalCount('documentNumber')} placeholder="甬公(海)查字〔2026〕123号" />,
  ],
  [
    'provision',
    <Input {...legalCount('provision')} placeholder="《中华人民共和国刑事诉讼法》第一百四十四条" />,
  ],
]

// What the form says first for a basis that needs a word of warning.
const NOTICE: Partial<
  Record<
    DisclosureBasis,
    [type: 'info' | 'warning', key: 'legalNotice' | 'approvalNotice' | 'dialingNotice']
  >
> = {
  legal_process: ['info', 'legalNotice'],
  third_party_application: ['warning', 'approvalNotice'],
  privacy_dialing: ['info', 'dialingNotice'],
}

/**
 * What only one basis has (CONTRACT: Disclosure ledger): its notice, its own fields, and whether
 * the user was told, which every basis but legal process records.
 */
export function BasisFields({ basis }: { basis: DisclosureBasis }) {
  const { t } = useTranslation('disclosures')
  const notice = NOTICE[basis]
  return (
    <>
      {notice && (
        <Alert type={notice[0]} showIcon title={t(`form.${notice[1]}`)} className="mb-16" />
      )}
      <OwnFields basis={basis} />
      {basis !== 'legal_process' && (
        <Form.Item name="userNotified" label={t('form.userNotified')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </>
  )
}

function OwnFields({ basis }: { basis: DisclosureBasis }) {
  const { t } = useTranslation('disclosures')
  // A field's path in the body both names it and picks its rules and counter from the contract.
  const record = (path: string, label: string, ask?: Ask) => ({
    name: path.split('.'),
    label,
    rules: bodyRules(disclosureEndpoints.record, path, ruleWords(t, label, ask)),
  })
  const apply = (path: string, label: string, words?: { required: string }) => ({
    name: path.split('.'),
    label,
    rules: bodyRules(disclosureEndpoints.apply, path, { ...ruleWords(t, label), ...words }),
  })
  const applyCount = (path: string) => bodyCount(disclosureEndpoints.apply, path)

  switch (basis) {
    case 'consent':
      return (
        <Form.Item {...record('consentReference', t('form.consentReference'))}>
          <Input {...bodyCount(disclosureEndpoints.record, 'consentReference')} />
        </Form.Item>
      )
    case 'legal_process':
      return (
        <>
          {LEGAL_DOCUMENT.map(([key, control]) => (
            <Form.Item key={key} {...record(`legalDocument.${key}`, t(`form.${key}`))}>
              {control}
            </Form.Item>
          ))}
          <Form.Item name="confidential" valuePropName="checked">
            <Checkbox>{t('form.confidential')}</Checkbox>
          </Form.Item>
        </>
      )
    case 'third_party_application':
      return (
        <>
          <Form.Item {...apply('applicant.name', t('form.applicantName'))}>
            <Input {...applyCount('applicant.name')} />
          </Form.Item>
          <Form.Item
            name={['applicant', 'idNumber']}
            label={t('form.applicantIdNumber')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: askFor(t, t('form.applicantIdNumber')),
              },
              {
                validator: async (_, value: string | undefined) => {
                  if (!value) return
                  const result = validateIdNumber(value)
                  if (!result.ok) throw new Error(t(`form.idInvalid.${result.reason}`))
                },
              },
            ]}
          >
            <Input {...applyCount('applicant.idNumber')} autoComplete="off" />
          </Form.Item>
          <Form.Item {...apply('applicant.contact', t('form.applicantContact'))}>
            <Input {...applyCount('applicant.contact')} />
          </Form.Item>
          <Form.Item {...apply('applicant.claim', t('form.claim'))}>
            <Input.TextArea rows={3} {...applyCount('applicant.claim')} />
          </Form.Item>
          <Form.Item
            {...apply('evidence', t('form.evidence'), { required: t('form.evidenceRequired') })}
          >
            <FingerprintedFilesInput
              addLabel={t('form.addEvidence')}
              hint={t('form.evidenceHint')}
              removeLabel={(name) => t('form.removeEvidence', { name })}
            />
          </Form.Item>
        </>
      )
    case 'exemption':
      return (
        <>
          <Form.Item {...record('exemptionClause', t('form.exemptionClause'), 'select')}>
            <Select
              options={EXEMPTION_CLAUSES.map((n) => ({
                value: n,
                label: `${t('clauseShort', { n })} ${t(`clause.${n}`)}`,
              }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item {...record('exemptionJustification', t('form.justification'))}>
            <Input.TextArea
              rows={3}
              {...bodyCount(disclosureEndpoints.record, 'exemptionJustification')}
            />
          </Form.Item>
        </>
      )
    case 'privacy_dialing':
      return null
  }
}
