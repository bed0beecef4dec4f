import { useQuery } from '@tanstack/react-query'
import { Button, Form, Input, Modal, Space, Table, Typography } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { incidentEndpoints } from '../../../shared/api/endpoints/incidents'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  AFFECTED_SOURCES,
  type AffectedUser,
  type IncidentDetail,
} from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { SearchFilter, SelectFilter } from '../../../shared/list-view/filter-bar'
import { defineList, oneOf, text } from '../../../shared/list-view/list-spec'
import { useListView } from '../../../shared/list-view/use-list-view'
import { fieldRules } from './rule-words'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import type { IncidentPanelProps } from './incident-panel-props'
import { useIncidentCommand } from './use-incident-command'
import { useStaffName } from '../../../shared/ui/use-staff-name'

// The column only holds buttons; its header exists for screen readers.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

// Beside the page's own tab in the URL: its parameters are named apart (`usersQ`, `usersPage`).
const AFFECTED_LIST = defineList({
  filters: { q: text(), source: oneOf(AFFECTED_SOURCES) },
  prefix: 'users',
})

export function AffectedUsersTable({ incident, readOnly }: IncidentPanelProps) {
  const { t } = useTranslation('incidents')
  const staffName = useStaffName()
  const view = useListView(AFFECTED_LIST)
  const list = useQuery(incidentQueries.affected(incident.id, view.query))
  const [removing, setRemoving] = useState<string | null>(null)

  return (
    <section aria-labelledby="affected-list-title">
      <Space className="full-width space-between" wrap>
        <h2 id="affected-list-title" className="card-title">
          {t('users.listTitle')}
        </h2>
        <Space wrap>
          <SearchFilter
            label={t('users.search')}
            width={200}
            value={view.state.filters.q}
            onSearch={(q) => view.setFilter('q', q.trim())}
          />
          <SelectFilter
            label={t('users.col.source')}
            style={{ width: 140 }}
            value={view.state.filters.source}
            onChange={(source) => view.setFilter('source', source)}
            options={AFFECTED_SOURCES.map((s) => ({ value: s, label: t(`users.source.${s}`) }))}
          />
        </Space>
      </Space>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<AffectedUser>
        rowKey="userId"
        size="small"
        style={{ marginTop: 8 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('users.col.userId'), dataIndex: 'userId' },
          { title: t('users.col.name'), dataIndex: 'name' },
          { title: t('users.col.phone'), dataIndex: 'phone' },
          { title: t('users.col.region'), dataIndex: 'region' },
          {
            title: t('users.col.source'),
            dataIndex: 'source',
            render: (s: AffectedUser['source']) => t(`users.source.${s}`),
          },
          {
            title: t('users.col.addedAt'),
            dataIndex: 'addedAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('users.col.addedBy'), dataIndex: 'addedBy', render: staffName },
          ...(readOnly
            ? []
            : [
                {
                  title: <span style={VISUALLY_HIDDEN}>{t('users.remove')}</span>,
                  key: 'remove',
                  render: (_: unknown, u: AffectedUser) => (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setRemoving(u.userId)}
                      aria-label={t('users.removeTitle', { userId: u.userId })}
                    >
                      {t('users.remove')}
                    </Button>
                  ),
                },
              ]),
        ]}
        {...view.table<AffectedUser>(list.data?.total, (total) => t('total', { total }))}
      />
      {removing && (
        <RemoveDialog incident={incident} userId={removing} onClose={() => setRemoving(null)} />
      )}
    </section>
  )
}

function RemoveDialog({
  incident,
  userId,
  onClose,
}: {
  incident: IncidentDetail
  userId: string
  onClose(): void
}) {
  const { t } = useTranslation('incidents')
  const { message } = useFeedback()
  const [form] = Form.useForm<{ reason: string }>()
  const command = useIncidentCommand(incident)
  const submit = async ({ reason }: { reason: string }) => {
    try {
      if (
        await command.run(incidentEndpoints.removeAffectedUsers, {
          userIds: [userId],
          reason: reason.trim(),
        })
      ) {
        message.success(t('users.removed', { userId }))
        onClose()
      }
    } catch {
      // Shown in the dialog.
    }
  }
  return (
    <Modal
      open
      title={t('users.removeTitle', { userId })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: command.isPending }}
    >
      <ErrorAlert error={command.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={t('users.removeReason')}
          rules={fieldRules(incidentEndpoints.removeAffectedUsers, t)(
            'reason',
            t('users.removeReason'),
          )}
        >
          <Input {...bodyCount(incidentEndpoints.removeAffectedUsers, 'reason')} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{userId}</Typography.Text>
      {command.dialog}
    </Modal>
  )
}
