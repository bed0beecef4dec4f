import { Alert, AutoComplete, Checkbox, Form, Input, Select, Switch } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { EXEMPTION_CLAUSES } from '../../../shared/api/disclosure-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import { validateIdNumber } from '../../../shared/lib/id-number'
import '../i18n'
import { FingerprintedFilesInput } from '../../../shared/ui/fingerprinted-files-input'
import { bodyRules } from '../../../shared/ui/form-rules'
import { disclosureEndpoints } from '../../../shared/api/endpoints/disclosures'
import { ruleWords } from './rule-words'

const DOCUMENT_TYPES = [
  '协助查询通知书',
  '调取证据通知书',
  '协助冻结通知书',
  '民事裁定书',
  '调查令',
]

/** The fields that only one basis has (CONTRACT: Disclosure ledger). */
export function BasisFields({ basis }: { basis: DisclosureBasis }) {
  const { t } = useTranslation('disclosures')
  const required = { required: true, whitespace: true, message: t('form.required') }
  const record = (path: string) => bodyRules(disclosureEndpoints.record, path, ruleWords(t))
  const apply = (path: string, words?: { required: string }) =>
    bodyRules(disclosureEndpoints.apply, path, { ...ruleWords(t), ...words })
  const notified = (
    <Form.Item name="userNotified" label={t('form.userNotified')} valuePropName="checked">
      <Switch />
    </Form.Item>
  )

  switch (basis) {
    case 'consent':
      return (
        <>
          <Form.Item
            name="consentReference"
            label={t('form.consentReference')}
            rules={record('consentReference')}
          >
            <Input maxLength={100} />
          </Form.Item>
          {notified}
        </>
      )
    case 'legal_process':
      return (
        <>
          <Alert type="info" showIcon title={t('form.legalNotice')} className="mb-16" />
          <Form.Item
            name={['legalDocument', 'authority']}
            label={t('form.authority')}
            rules={record('legalDocument.authority')}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'documentType']}
            label={t('form.documentType')}
            rules={record('legalDocument.documentType')}
          >
            <AutoComplete options={DOCUMENT_TYPES.map((value) => ({ value }))} maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'documentNumber']}
            label={t('form.documentNumber')}
            rules={record('legalDocument.documentNumber')}
          >
            <Input maxLength={100} placeholder="甬公(海)查字〔2026〕123号" />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'provision']}
            label={t('form.provision')}
            rules={record('legalDocument.provision')}
          >
            <Input maxLength={300} placeholder="《中华人民共和国刑事诉讼法》第一百四十四条" />
          </Form.Item>
          <Form.Item name="confidential" valuePropName="checked">
            <Checkbox>{t('form.confidential')}</Checkbox>
          </Form.Item>
        </>
      )
    case 'third_party_application':
      return (
        <>
          <Alert type="warning" showIcon title={t('form.approvalNotice')} className="mb-16" />
          <Form.Item
            name={['applicant', 'name']}
            label={t('form.applicantName')}
            rules={apply('applicant.name')}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['applicant', 'idNumber']}
            label={t('form.applicantIdNumber')}
            rules={[
              required,
              {
                validator: async (_, value: string | undefined) => {
                  if (!value) return
                  const result = validateIdNumber(value)
                  if (!result.ok) throw new Error(t(`form.idInvalid.${result.reason}`))
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['applicant', 'contact']}
            label={t('form.applicantContact')}
            rules={apply('applicant.contact')}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['applicant', 'claim']}
            label={t('form.claim')}
            rules={apply('applicant.claim')}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={t('form.evidence')}
            rules={apply('evidence', { required: t('form.evidenceRequired') })}
          >
            <FingerprintedFilesInput
              addLabel={t('form.addEvidence')}
              hint={t('form.evidenceHint')}
              removeLabel={(name) => t('form.removeEvidence', { name })}
            />
          </Form.Item>
          {notified}
        </>
      )
    case 'exemption':
      return (
        <>
          <Form.Item
            name="exemptionClause"
            label={t('form.exemptionClause')}
            rules={record('exemptionClause')}
          >
            <Select
              options={EXEMPTION_CLAUSES.map((n) => ({
                value: n,
                label: `${t('clauseShort', { n })} ${t(`clause.${n}`)}`,
              }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item
            name="exemptionJustification"
            label={t('form.justification')}
            rules={record('exemptionJustification')}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          {notified}
        </>
      )
    case 'privacy_dialing':
      return (
        <>
          <Alert type="info" showIcon title={t('form.dialingNotice')} className="mb-16" />
          {notified}
        </>
      )
  }
}
