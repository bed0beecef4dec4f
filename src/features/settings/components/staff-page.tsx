import { useQuery } from '@tanstack/react-query'
import { Button, Popconfirm, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { staffQueries } from '../../../shared/api/requests'
import type { Staff } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { PageSection } from '../../../shared/ui/page-header'
import { useIssueActivationCode, useUpdateStaff } from '../api/staff-api'
import '../i18n'
import { ChangeRoleDialog } from './change-role-dialog'
import { CreateStaffDialog } from './create-staff-dialog'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const ROLE_TONE: Record<Staff['role'], Tone> = {
  agent: 'info',
  lead: 'awaiting',
  compliance: 'settled',
  admin: 'attention',
}

/** Staff accounts: who may sign in, and with which role. */
export function StaffPage() {
  const { t } = useTranslation('settings')
  const me = useStaff()
  const { message } = useFeedback()
  const list = useQuery(staffQueries.list())
  const update = useUpdateStaff()
  const issueCode = useIssueActivationCode()
  const [creating, setCreating] = useState(false)
  const [changingRole, setChangingRole] = useState<Staff | null>(null)

  const setActive = (s: Staff, active: boolean) =>
    update.mutate(
      { id: s.id, version: s.version, change: { active } },
      {
        onSuccess: () =>
          message.success(
            t(active ? 'staff.reactivated' : 'staff.deactivated', { name: s.displayName }),
          ),
      },
    )

  return (
    <>
      <PageSection
        title={t('staff.title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('staff.create')}
          </Button>
        }
      >
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        <ErrorAlert error={update.error} />
        <ErrorAlert error={issueCode.error} />
        <Table<Staff>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (total) => t('staff.total', { total }),
          }}
          columns={[
            { title: t('staff.col.username'), dataIndex: 'username' },
            {
              title: t('staff.col.displayName'),
              dataIndex: 'displayName',
              render: (name: string, s) => (s.id === me.id ? `${name}${t('staff.you')}` : name),
            },
            {
              title: t('staff.col.role'),
              dataIndex: 'role',
              render: (role: Staff['role']) => (
                <StatusLabel tone={ROLE_TONE[role]}>{t(`common:role.${role}`)}</StatusLabel>
              ),
            },
            {
              title: t('staff.col.active'),
              dataIndex: 'active',
              render: (active: boolean, s) => (
                <>
                  {active ? (
                    <StatusLabel tone="ok">{t('staff.active')}</StatusLabel>
                  ) : (
                    <StatusLabel tone="neutral">{t('staff.inactive')}</StatusLabel>
                  )}
                  {!s.activated && (
                    <StatusLabel tone="attention">{t('staff.notActivated')}</StatusLabel>
                  )}
                </>
              ),
            },
            {
              title: t('staff.col.actions'),
              key: 'actions',
              render: (_, s) => {
                if (s.id === me.id)
                  return <Typography.Text type="secondary">{t('staff.selfHint')}</Typography.Text>
                const busy = update.isPending && update.variables?.id === s.id
                return (
                  <Space>
                    <Button
                      size="small"
                      onClick={() => setChangingRole(s)}
                      aria-label={`${t('staff.changeRole')} ${s.username}`}
                    >
                      {t('staff.changeRole')}
                    </Button>
                    <Popconfirm
                      title={t(s.active ? 'staff.deactivateConfirm' : 'staff.reactivateConfirm', {
                        name: s.displayName,
                      })}
                      okText={t('common:common.confirm')}
                      cancelText={t('common:common.cancel')}
                      okButtonProps={{ danger: s.active }}
                      onConfirm={() => setActive(s, !s.active)}
                    >
                      <Button
                        size="small"
                        danger={s.active}
                        loading={busy}
                        aria-label={`${t(s.active ? 'staff.deactivate' : 'staff.reactivate')} ${s.username}`}
                      >
                        {t(s.active ? 'staff.deactivate' : 'staff.reactivate')}
                      </Button>
                    </Popconfirm>
                    {/* For a member who has set a password, a new code is a password reset, and
                        is named so; for one who has not, it only replaces the code sent. */}
                    <Popconfirm
                      title={t(
                        s.activated ? 'staff.resetPasswordConfirm' : 'staff.issueCodeConfirm',
                        {
                          name: s.displayName,
                        },
                      )}
                      okText={t('common:common.confirm')}
                      cancelText={t('common:common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        issueCode.mutate(s.id, {
                          onSuccess: () =>
                            message.success(
                              t(s.activated ? 'staff.passwordReset' : 'staff.codeIssued', {
                                name: s.displayName,
                              }),
                            ),
                        })
                      }
                    >
                      <Button
                        size="small"
                        loading={issueCode.isPending && issueCode.variables === s.id}
                        aria-label={`${t(s.activated ? 'staff.resetPasswordLabel' : 'staff.issueCode')} ${s.username}`}
                      >
                        {t(s.activated ? 'staff.resetPassword' : 'staff.issueCode')}
                      </Button>
                    </Popconfirm>
                  </Space>
                )
              },
            },
          ]}
        />
        {creating && (
          <CreateStaffDialog
            onClose={() => setCreating(false)}
            onCreated={(s) => {
              setCreating(false)
              message.success(t('staff.created', { name: s.displayName, username: s.username }))
            }}
          />
        )}
        {changingRole && (
          <ChangeRoleDialog
            staff={changingRole}
            onClose={() => setChangingRole(null)}
            onChanged={(s) => {
              setChangingRole(null)
              message.success(
                t('staff.roleChanged', { name: s.displayName, role: t(`common:role.${s.role}`) }),
              )
            }}
          />
        )}
      </PageSection>
    </>
  )
}
