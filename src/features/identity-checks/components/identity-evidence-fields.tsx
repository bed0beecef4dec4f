import { Checkbox, Form, Input, Radio, Space } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  IDENTITY_METHODS,
  type IdentityDocumentKind,
  type IdentityEvidence,
  type IdentityMethod,
} from '../../../shared/api/enums'
import type { RequestDetail } from '../../../shared/api/schemas'
import { isIdentityDocument } from '../../../shared/lib/identity-requirements'
import { idNumberProblem } from '../../../shared/lib/identity-requirements-checks'
import { bodyRules } from '../../../shared/ui/form-rules'
import { identityCheckEndpoints } from '../../../shared/api/endpoints/identity-checks'
import '../i18n'
import { evidenceOptions, METHOD_EVIDENCE, type CheckFormValues } from '../model/check-form'

interface IdentityEvidenceFieldsProps {
  request: RequestDetail
  onFile: readonly IdentityDocumentKind[]
  method: IdentityMethod | undefined
  evidence: readonly IdentityEvidence[]
}

/** The method, the evidence examined, and the ID numbers given, inside the check form. */
export function IdentityEvidenceFields({
  request,
  onFile,
  method,
  evidence,
}: IdentityEvidenceFieldsProps) {
  const { t } = useTranslation('identity')
  // A warning, not an error: an invalid number may still be recorded on a failed check; the
  // server refuses to pass it.
  const idRule = {
    warningOnly: true,
    validator: (_: unknown, value?: string) => {
      const problem = value?.trim() ? idNumberProblem(value) : null
      return problem ? Promise.reject(new Error(t(`problem.${problem}`))) : Promise.resolve()
    },
  }
  return (
    <>
      <Form.Item
        name="method"
        label={t('form.method')}
        dependencies={['evidence', 'outcome']}
        rules={[
          { required: true, message: t('form.methodRequired') },
          ({ getFieldValue }) => ({
            validator: (_, method?: CheckFormValues['method']) =>
              !method ||
              getFieldValue('outcome') !== 'pass' ||
              METHOD_EVIDENCE[method].some((e) =>
                (getFieldValue('evidence') as string[]).includes(e),
              )
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      t('form.methodEvidence', { method: t(`common:identityMethod.${method}`) }),
                    ),
                  ),
          }),
        ]}
        extra={
          method === 'sms_code' && request.requesterType === 'self'
            ? t('form.smsTo', { phone: request.user.phone })
            : undefined
        }
      >
        <Radio.Group
          options={IDENTITY_METHODS.map((m) => ({
            value: m,
            label: t(`common:identityMethod.${m}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('form.evidence')}
        // A validator rather than `required`: aria-required is not allowed on the checkbox group.
        dependencies={['outcome']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v?: unknown[]) =>
              v?.length || getFieldValue('outcome') !== 'pass'
                ? Promise.resolve()
                : Promise.reject(new Error(t('form.evidenceRequired'))),
          }),
        ]}
      >
        <Checkbox.Group style={{ display: 'grid', gap: 4 }}>
          {evidenceOptions(request.requesterType, onFile).map((e) => {
            const missingDoc = isIdentityDocument(e) && !onFile.includes(e)
            return (
              <Checkbox key={e} value={e} disabled={missingDoc}>
                {t(`common:identityEvidence.${e}`)}
                {missingDoc && t('form.notOnFile')}
              </Checkbox>
            )
          })}
        </Checkbox.Group>
      </Form.Item>
      {evidence.includes('real_name') && (
        <Space wrap align="start">
          <Form.Item
            name="subjectName"
            label={t('form.subjectName')}
            rules={bodyRules(identityCheckEndpoints.checkIdentity, 'subject.name')}
          >
            <Input
              {...bodyCount(identityCheckEndpoints.checkIdentity, 'subject.name')}
              autoComplete="off"
            />
          </Form.Item>
          <Form.Item
            name="subjectId"
            label={t('form.subjectId')}
            rules={[...bodyRules(identityCheckEndpoints.checkIdentity, 'subject.idNumber'), idRule]}
          >
            <Input autoComplete="off" style={{ width: 240 }} />
          </Form.Item>
        </Space>
      )}
      {request.requesterType !== 'self' && (
        <Form.Item
          name="requesterPhone"
          label={t('form.requesterPhone')}
          extra={t('form.requesterPhoneHelp')}
          rules={bodyRules(identityCheckEndpoints.checkIdentity, 'requesterPhone', {
            max: t('form.requesterPhoneInvalid'),
            pattern: t('form.requesterPhoneInvalid'),
          })}
        >
          <Input inputMode="numeric" autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
      )}
      {evidence.includes('requester_id') && (
        <Form.Item
          name="requesterIdNumber"
          label={t('form.requesterId')}
          // Optional in the body, which needs it only with the requester's ID as evidence.
          rules={[
            ...bodyRules(identityCheckEndpoints.checkIdentity, 'requesterIdNumber', {
              require: true,
            }),
            idRule,
          ]}
        >
          <Input autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
      )}
    </>
  )
}
