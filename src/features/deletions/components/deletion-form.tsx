import { useQuery } from '@tanstack/react-query'
import { deletionEndpoints } from '../../../shared/api/endpoints/deletions'
import { Button, Card, Form, Input, Radio, Skeleton, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { dataPlanQuery } from '../../../shared/api/data-plan-queries'
import type { DeletionPlanItemInput } from '../../../shared/api/deletion-schemas'
import {
  POLICY_DELETION_GROUNDS,
  STATUTORY_DELETION_GROUNDS,
  type DeletionGround,
} from '../../../shared/api/enums'
import type { DataPlanItem } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { askFor, bodyRules } from '../../../shared/ui/form-rules'
import { bodyCount } from '../../../shared/ui/body-text-area'
import '../i18n'
import { PlanEditor } from './plan-editor'

interface Values {
  ground: DeletionGround
  evidence?: string
  note?: string
}

const GROUND_GROUPS = [
  { source: 'policy', grounds: POLICY_DELETION_GROUNDS },
  { source: 'statutory', grounds: STATUTORY_DELETION_GROUNDS },
] as const

const asRows = (items: readonly DataPlanItem[]): DeletionPlanItemInput[] =>
  items.map((i) => ({ category: i.category, action: i.action, duty: i.duty }))

/** The maker's form: the ground and what supports it, then the per-category plan, from the server's proposal. */
export function DeletionForm({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('deletions')
  const proposal = useQuery(dataPlanQuery(request.id, request.version))
  if (proposal.isPending) return <Skeleton active />
  if (proposal.isError)
    return <ErrorAlert error={proposal.error} onRetry={() => void proposal.refetch()} />
  if (!proposal.data.plan) return null
  return (
    <Card size="small" title={t('form.title')}>
      <DeletionFormFields request={request} command={command} proposal={proposal.data.plan.items} />
    </Card>
  )
}

function DeletionFormFields({
  request,
  command,
  proposal,
}: RequestPanelProps & { proposal: DataPlanItem[] }) {
  const { t } = useTranslation('deletions')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const [rows, setRows] = useState(() => asRows(proposal))
  const [planErrors, setPlanErrors] = useState<Record<string, string>>({})
  const [preparedAt] = useState(() => new Date().toISOString())
  const cancelled = request.user.accountStatus === 'cancelled'

  const submit = async (values: Values) => {
    setPlanErrors({})
    try {
      const result = await command.run(deletionEndpoints.decide, {
        ground: values.ground,
        evidence: values.evidence ?? '',
        note: values.note ?? '',
        plan: rows,
      })
      if (result) message.success(t('form.done'))
    } catch (error) {
      // The server's reason goes next to what it concerns: a form field, or a row of the plan.
      if (!isApiError(error, 400)) return
      const fields = Object.entries(error.fieldErrors)
      setPlanErrors(Object.fromEntries(fields.filter(([k]) => k.startsWith('plan.'))))
      const rest = applyServerErrors(form, error, {
        t,
        path: (field) => (field.startsWith('plan.') ? null : field),
      })
      if (rest) message.error(rest)
    }
  }

  const evidenceOrNote = {
    validator: () => {
      const long = (v: unknown) => typeof v === 'string' && v.trim().length >= 5
      return long(form.getFieldValue('evidence')) || long(form.getFieldValue('note'))
        ? Promise.resolve()
        : Promise.reject(new Error(t('form.needOne')))
    },
  }
  return (
    <Form name="deletion-decision" form={form} layout="vertical" onFinish={submit}>
      <Form.Item
        name="ground"
        label={t('form.ground')}
        rules={bodyRules(deletionEndpoints.decide, 'ground', {
          required: askFor(t, t('form.ground'), 'select'),
        })}
        extra={cancelled ? undefined : t('form.groundNeedsCancelled')}
      >
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {GROUND_GROUPS.map(({ source, grounds }) => (
            <div
              key={source}
              role="group"
              aria-labelledby={`deletion-ground-${source}`}
              data-testid={`deletion-grounds-${source}`}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            >
              <Typography.Text strong id={`deletion-ground-${source}`}>
                {t(`common:deletionGroundSource.${source}`)}
              </Typography.Text>
              {grounds.map((g, i) => (
                <Radio key={g} value={g} disabled={g === 'account_cancelled' && !cancelled}>
                  {t('form.groundNumber', { n: i + 1, label: t(`common:deletionGround.${g}`) })}
                </Radio>
              ))}
            </div>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('form.evidence')}
        rules={[...bodyRules(deletionEndpoints.decide, 'evidence'), evidenceOrNote]}
        dependencies={['note']}
      >
        <Input.TextArea
          rows={2}
          {...bodyCount(deletionEndpoints.decide, 'evidence')}
          placeholder={t('form.evidencePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('form.note')}
        rules={bodyRules(deletionEndpoints.decide, 'note')}
      >
        <Input.TextArea rows={2} {...bodyCount(deletionEndpoints.decide, 'note')} />
      </Form.Item>
      <Typography.Title level={5}>{t('form.plan')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.planHelp')}</Typography.Paragraph>
      <PlanEditor
        proposal={proposal}
        rows={rows}
        preparedAt={preparedAt}
        errors={planErrors}
        onChange={setRows}
      />
      <Space className="mt-16">
        <Button type="primary" htmlType="submit" loading={command.isPending}>
          {t('form.submit')}
        </Button>
        <Button onClick={() => setRows(asRows(proposal))}>{t('form.resetPlan')}</Button>
      </Space>
    </Form>
  )
}
