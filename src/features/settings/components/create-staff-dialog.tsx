import { Form, Input, Modal, Select } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { ROLES } from '../../../shared/api/enums'
import {
  STAFF_PASSWORD_RULES,
  STAFF_USERNAME_PATTERN,
  staffPasswordProblems,
  type CreateStaffInput,
  type Staff,
} from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useCreateStaff } from '../api/staff-api'
import '../i18n/staff'

type Values = CreateStaffInput & { passwordConfirm: string }

/** The form previews the server's rules (username, password); the server enforces them. */
export function CreateStaffDialog({
  onClose,
  onCreated,
}: {
  onClose(): void
  onCreated(staff: Staff): void
}) {
  const { t } = useTranslation('settings')
  const [form] = Form.useForm<Values>()
  const create = useCreateStaff()
  const password = Form.useWatch('password', form) ?? ''
  const username = Form.useWatch('username', form) ?? ''
  const failing = new Set(staffPasswordProblems(password, username))
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('staff.form.required', { field }),
  })

  return (
    <Modal
      open
      title={t('staff.form.title')}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {create.error && !isApiError(create.error, 400) && !isApiError(create.error, 409) && (
        <ErrorAlert error={create.error} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ role: 'agent' }}
        onFinish={({ passwordConfirm: _c, ...body }) =>
          create.mutate(body, {
            onSuccess: onCreated,
            onError: (error) => {
              if (isApiError(error, 409))
                form.setFields([{ name: 'username', errors: [t('staff.form.usernameTaken')] }])
              else if (isApiError(error, 400)) {
                form.setFields(
                  Object.entries(error.fieldErrors).map(([name, message]) => ({
                    name: name as keyof Values,
                    errors: [message],
                  })),
                )
              }
            },
          })
        }
      >
        <Form.Item
          name="username"
          label={t('staff.form.username')}
          extra={t('staff.form.usernameRule')}
          rules={[
            required(t('staff.form.username')),
            { pattern: STAFF_USERNAME_PATTERN, message: t('staff.form.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('staff.form.displayName')}
          rules={[required(t('staff.form.displayName'))]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('staff.form.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.form.password')}
          dependencies={['username']}
          rules={[
            required(t('staff.form.password')),
            {
              validator: (_, value: string | undefined) => {
                const problems = staffPasswordProblems(
                  value ?? '',
                  form.getFieldValue('username') ?? '',
                )
                return problems.length
                  ? Promise.reject(
                      new Error(
                        problems
                          .map((p) => t(`staff.form.rule.${p}`))
                          .join(t('staff.form.ruleSeparator')),
                      ),
                    )
                  : Promise.resolve()
              },
            },
          ]}
          extra={
            <div>
              {t('staff.form.passwordRuleTitle')}
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {STAFF_PASSWORD_RULES.map((rule) => (
                  <li
                    key={rule}
                    style={{ color: password && !failing.has(rule) ? '#237804' : undefined }}
                  >
                    {password && !failing.has(rule) ? '✓ ' : ''}
                    {t(`staff.form.rule.${rule}`)}
                  </li>
                ))}
              </ul>
            </div>
          }
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="passwordConfirm"
          label={t('staff.form.passwordConfirm')}
          dependencies={['password']}
          rules={[
            required(t('staff.form.passwordConfirm')),
            {
              validator: (_, value: string | undefined) =>
                !value || value === form.getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('staff.form.passwordMismatch'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
