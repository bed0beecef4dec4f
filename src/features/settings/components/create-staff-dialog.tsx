import { Form, Input, Select } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { ROLES } from '../../../shared/api/enums'
import {
  createStaffInputSchema,
  isStaffContact,
  type CreateStaffInput,
  type Staff,
} from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { FormModal } from '../../../shared/ui/form-modal'
import { checkRule } from '../../../shared/ui/check-rule'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import { useFeedback } from '../../../shared/ui/feedback'
import { askFor, schemaRules } from '../../../shared/ui/form-rules'
import { schemaCount } from '../../../shared/ui/body-text-area'
import { useCreateStaff } from '../api/staff-api'
import '../i18n'

type Values = CreateStaffInput

/**
 * No password: the server sends a one-time activation code to the member's own phone or email and
 * they set their own password, so the admin never knows it. The form previews the server's rules;
 * the server enforces them.
 */
export function CreateStaffDialog({
  onClose,
  onCreated,
}: {
  onClose(): void
  onCreated(staff: Staff): void
}) {
  const { t } = useTranslation('settings')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const create = useCreateStaff()
  const { shape } = createStaffInputSchema
  const required = (field: string) => askFor(t, field)

  return (
    <FormModal
      title={t('staff.form.title')}
      form={form}
      saving={create.isPending}
      onClose={onClose}
    >
      {create.error && !isApiError(create.error, 400) && !isApiError(create.error, 409) && (
        <ErrorAlert error={create.error} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ role: 'agent' }}
        onFinish={(body) =>
          create.mutate(body, {
            onSuccess: onCreated,
            onError: (error) => {
              if (isApiError(error, 409))
                form.setFields([{ name: 'username', errors: [t('staff.form.usernameTaken')] }])
              else if (isApiError(error, 400)) {
                const rest = applyServerErrors(form, error, { t })
                if (rest) message.error(rest)
              }
            },
          })
        }
      >
        <Form.Item
          name="username"
          label={t('staff.form.username')}
          extra={t('staff.form.usernameRule')}
          rules={schemaRules(shape.username, {
            required: required(t('staff.form.username')),
            pattern: t('staff.form.usernameInvalid'),
          })}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('staff.form.displayName')}
          rules={schemaRules(shape.displayName, {
            required: required(t('staff.form.displayName')),
          })}
        >
          <Input {...schemaCount(shape.displayName)} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('staff.form.role')}
          rules={schemaRules(shape.role, { required: askFor(t, t('staff.form.role'), 'select') })}
        >
          <Select options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="contact"
          label={t('staff.form.contact')}
          extra={t('staff.form.contactHint')}
          rules={[
            ...schemaRules(shape.contact, { required: required(t('staff.form.contact')) }),
            // The schema's refinement, which a rule cannot read from it.
            checkRule<string>(
              (value) =>
                !!value?.trim() && !isStaffContact(value.trim()) && t('staff.form.contactInvalid'),
            ),
          ]}
        >
          <Input autoComplete="off" {...schemaCount(shape.contact)} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
