import { Alert, AutoComplete, Checkbox, Form, Input, Select, Switch } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { EXEMPTION_CLAUSES } from '../../../shared/api/disclosure-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import { validateIdNumber } from '../../../shared/lib/id-number'
import '../i18n'
import { EvidenceUpload } from './evidence-upload'

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
  const minLength = (min: number) => ({ min, message: t('form.minLength', { min }) })
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
            rules={[required, minLength(3)]}
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
            rules={[required, minLength(2)]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'documentType']}
            label={t('form.documentType')}
            rules={[required, minLength(2)]}
          >
            <AutoComplete options={DOCUMENT_TYPES.map((value) => ({ value }))} maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'documentNumber']}
            label={t('form.documentNumber')}
            rules={[required, minLength(2)]}
          >
            <Input maxLength={100} placeholder="甬公(海)查字〔2026〕123号" />
          </Form.Item>
          <Form.Item
            name={['legalDocument', 'provision']}
            label={t('form.provision')}
            rules={[required, minLength(2)]}
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
            rules={[required]}
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
            rules={[required, minLength(3)]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['applicant', 'claim']}
            label={t('form.claim')}
            rules={[required, minLength(10)]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={t('form.evidence')}
            rules={[{ required: true, type: 'array', min: 1, message: t('form.evidenceRequired') }]}
          >
            <EvidenceUpload />
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
            rules={[{ required: true, message: t('form.required') }]}
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
            rules={[required, minLength(10)]}
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
