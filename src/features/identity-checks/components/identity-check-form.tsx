import { Alert, Button, Divider, Form, Input, Radio, Typography } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { identityCheckEndpoints } from '../../../shared/api/endpoints/identity-checks'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ApiError } from '../../../shared/api/api-error'
import { IDENTITY_OUTCOMES, type IdentityRequirement } from '../../../shared/api/enums'
import type { RequestDetail } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useFeedback } from '../../../shared/ui/feedback'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import '../i18n'
import {
  checkBody,
  evidenceForMethod,
  previewCheck,
  type CheckFormValues,
} from '../model/check-form'
import { AutoCheckList } from './auto-check-list'
import { IdentityEvidenceFields } from './identity-evidence-fields'
import { RequirementsChecklist } from './requirements-checklist'

const FIELD_OF: Record<string, keyof CheckFormValues> = {
  'subject.idNumber': 'subjectId',
  'subject.name': 'subjectName',
  subject: 'subjectId',
  requesterIdNumber: 'requesterIdNumber',
  reason: 'reason',
  evidence: 'evidence',
  method: 'method',
}

interface IdentityCheckFormProps {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
}

/** Records one identity check: the evidence examined, the automatic checks, and the outcome. */
export function IdentityCheckForm({ request, command }: IdentityCheckFormProps) {
  const { t } = useTranslation('identity')
  const { message } = useFeedback()
  const [form] = Form.useForm<CheckFormValues>()
  const [error, setError] = useState<unknown>(null)
  const values = Form.useWatch([], form) as Partial<CheckFormValues> | undefined
  const preview = previewCheck(request, values ?? {})
  const evidence = values?.evidence ?? []
  const outcome = values?.outcome ?? 'pass'
  const missingFromServer =
    error instanceof ApiError && error.code === 'IDENTITY_INCOMPLETE'
      ? ((error.details?.missing as IdentityRequirement[]) ?? [])
      : []

  const submit = async (v: CheckFormValues) => {
    setError(null)
    const result = await command
      .run(identityCheckEndpoints.checkIdentity, checkBody(v))
      .catch((e: unknown) => {
        // Kept next to the form (with the missing items named) rather than at the top of the page.
        setError(e)
        command.reset()
        // The error itself is shown beside the form, so fields it cannot place need no toast.
        applyServerErrors(form, e, { t, path: (field) => FIELD_OF[field] ?? null })
        return null
      })
    if (result) {
      form.resetFields()
      message.success(t('form.saved'))
    }
  }

  return (
    <section aria-labelledby={`identity-form-${request.id}`}>
      <Divider titlePlacement="start" style={{ margin: '12px 0' }}>
        <span id={`identity-form-${request.id}`}>{t('form.title')}</span>
      </Divider>
      <RequirementsChecklist status={preview.status} />
      <Form<CheckFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{ evidence: [], outcome: 'pass' }}
        onValuesChange={(changed: Partial<CheckFormValues>) => {
          if (changed.method) {
            const current = form.getFieldValue('evidence') as CheckFormValues['evidence']
            form.setFieldValue('evidence', [
              ...new Set([...current, ...evidenceForMethod(changed.method, preview.onFile)]),
            ])
          }
        }}
        onFinish={(v) => void submit(v)}
      >
        <IdentityEvidenceFields
          request={request}
          onFile={preview.onFile}
          method={values?.method}
          evidence={evidence}
        />
        <AutoCheckList
          checks={preview.autoChecks}
          requesterType={request.requesterType}
          caption={t('auto.preview')}
        />
        <Form.Item name="outcome" label={t('form.outcome')} style={{ marginTop: 12 }}>
          <Radio.Group
            optionType="button"
            options={IDENTITY_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={outcome === 'pass' ? t('form.reasonNote') : t('form.reasonUser')}
          rules={
            outcome === 'pass'
              ? []
              : [
                  {
                    validator: (_, v?: string) =>
                      (v ?? '').trim().length >= 5
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('form.reasonRequired'))),
                  },
                ]
          }
        >
          <Input.TextArea rows={2} {...bodyCount(identityCheckEndpoints.checkIdentity, 'reason')} />
        </Form.Item>
        {outcome === 'pass' && preview.missing.length > 0 && (
          <Alert
            type="warning"
            role="status"
            showIcon
            className="mb-12"
            title={t('form.wouldMiss')}
            description={preview.missing.map((k) => t(`requirement.${k}`)).join('；')}
          />
        )}
        <ErrorAlert error={error} />
        {missingFromServer.length > 0 && (
          <Typography.Paragraph data-testid="missing-from-server">
            {t('form.wouldMiss')} {missingFromServer.map((k) => t(`requirement.${k}`)).join('；')}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={command.isPending}>
          {t('form.submit')}
        </Button>
      </Form>
    </section>
  )
}
