import { useQuery } from '@tanstack/react-query'
import {
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  APPLICATION_STATUSES,
  type DisclosureApplication,
} from '../../../shared/api/disclosure-schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { queryTableProps } from '../../../shared/list-view/query-table-props'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { disclosureQueries, useDecideApplication } from '../api/disclosure-api'
import { bodyRules } from '../../../shared/ui/form-rules'
import { disclosureEndpoints } from '../../../shared/api/endpoints/disclosures'
import { ruleWords } from './rule-words'
import '../i18n'
import { useStaffName } from './use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

type Status = (typeof APPLICATION_STATUSES)[number]
const STATUS_TONE: Record<Status, Tone> = {
  pending: 'attention',
  approved: 'ok',
  rejected: 'neutral',
}

/** Third-party applications: the second compliance manager approves or rejects (maker ≠ checker). */
export function ApplicationsPanel({ onOpenRecord }: { onOpenRecord(seq: number): void }) {
  const { t } = useTranslation('disclosures')
  const { message } = useFeedback()
  const staff = useStaff()
  const staffName = useStaffName()
  const [status, setStatus] = useState<Status>('pending')
  const [rejecting, setRejecting] = useState<DisclosureApplication | null>(null)
  const applications = useQuery(disclosureQueries.applications(status))
  const decide = useDecideApplication()
  const mayDecide = staff.role === 'compliance'

  const approve = (app: DisclosureApplication) =>
    decide.mutate(
      { id: app.id, action: 'approve' },
      {
        onSuccess: (r) => {
          if (r.kind === 'approved')
            message.success(t('applications.approved', { seq: r.record.seq }))
        },
      },
    )

  const columns: TableProps<DisclosureApplication>['columns'] = [
    { title: t('applications.col.id'), dataIndex: 'id' },
    {
      title: t('applications.col.recordedAt'),
      dataIndex: 'recordedAt',
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    { title: t('applications.col.recordedBy'), dataIndex: 'recordedBy', render: staffName },
    {
      title: t('applications.col.applicant'),
      key: 'applicant',
      render: (_, a) => t('withNote', { text: a.applicant.name, note: a.applicant.idNumber }),
    },
    {
      title: t('applications.col.recipient'),
      key: 'recipient',
      render: (_, a) => a.recipient.name,
    },
    {
      title: t('applications.col.users'),
      dataIndex: 'userIds',
      render: (ids: string[]) => ids.join(t('listSeparator')),
    },
    {
      title: t('applications.col.claim'),
      key: 'claim',
      ellipsis: true,
      render: (_, a) => a.applicant.claim,
    },
    {
      title: t('applications.col.evidence'),
      key: 'evidence',
      render: (_, a) => t('applications.evidenceCount', { count: a.evidence.length }),
    },
    {
      title: t('applications.col.status'),
      key: 'status',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <StatusLabel tone={STATUS_TONE[a.status]}>
            {t(`applications.status.${a.status}`)}
          </StatusLabel>
          {a.disclosureSeq && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => onOpenRecord(a.disclosureSeq!)}
            >
              {t('applications.ledgerLink', { seq: a.disclosureSeq })}
            </Button>
          )}
          {a.decisionReason && (
            <Typography.Text type="secondary">{a.decisionReason}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('applications.col.actions'),
      key: 'actions',
      render: (_, a) => {
        if (!mayDecide || a.status !== 'pending') return null
        const own = a.recordedBy === staff.id
        return (
          <Space>
            <Tooltip title={own ? t('applications.own') : undefined}>
              <Popconfirm
                title={t('applications.approveConfirm')}
                onConfirm={() => approve(a)}
                disabled={own}
              >
                <Button
                  type="primary"
                  size="small"
                  disabled={own}
                  loading={decide.isPending && decide.variables?.id === a.id}
                >
                  {t('applications.approve')}
                </Button>
              </Popconfirm>
            </Tooltip>
            <Button size="small" danger onClick={() => setRejecting(a)}>
              {t('applications.reject')}
            </Button>
          </Space>
        )
      },
    },
  ]

  return (
    <section aria-label={t('tabs.applications')}>
      <Segmented<Status>
        aria-label={t('applications.statusFilter')}
        value={status}
        onChange={setStatus}
        options={APPLICATION_STATUSES.map((s) => ({
          value: s,
          label: t(`applications.status.${s}`),
        }))}
        style={{ marginBottom: 12 }}
      />
      <ErrorAlert error={decide.error} />
      <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />
      <Table<DisclosureApplication>
        rowKey="id"
        size="middle"
        columns={columns}
        {...queryTableProps(applications, t('applications.empty'))}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      <RejectDialog
        application={rejecting}
        onClose={() => setRejecting(null)}
        onReject={(reason) =>
          rejecting &&
          decide.mutate(
            { id: rejecting.id, action: 'reject', reason },
            {
              onSuccess: () => {
                message.success(t('applications.rejected', { id: rejecting.id }))
                setRejecting(null)
              },
            },
          )
        }
        busy={decide.isPending}
        error={decide.error}
      />
    </section>
  )
}

interface RejectDialogProps {
  application: DisclosureApplication | null
  busy: boolean
  error: unknown
  onClose(): void
  onReject(reason: string): void
}

function RejectDialog({ application, busy, error, onClose, onReject }: RejectDialogProps) {
  const { t } = useTranslation('disclosures')
  const [form] = Form.useForm<{ reason: string }>()
  return (
    <Modal
      open={application !== null}
      title={t('applications.rejectTitle', { id: application?.id })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('applications.reject')}
      okButtonProps={{ danger: true, loading: busy }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={({ reason }) => onReject(reason)}>
        <Form.Item
          name="reason"
          label={t('applications.rejectReason')}
          rules={bodyRules(
            disclosureEndpoints.rejectApplication,
            'reason',
            ruleWords(t, t('applications.rejectReason')),
          )}
        >
          <Input.TextArea
            rows={3}
            {...bodyCount(disclosureEndpoints.rejectApplication, 'reason')}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
