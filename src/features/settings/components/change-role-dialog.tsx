import { Form, Select } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ROLES, type Role } from '../../../shared/api/enums'
import { updateStaffInputSchema, type Staff } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { FormModal } from '../../../shared/ui/form-modal'
import { askFor, schemaRules } from '../../../shared/ui/form-rules'
import { useUpdateStaff } from '../api/staff-api'
import '../i18n'

export function ChangeRoleDialog({
  staff,
  onClose,
  onChanged,
}: {
  staff: Staff
  onClose(): void
  onChanged(staff: Staff): void
}) {
  const { t } = useTranslation('settings')
  const [form] = Form.useForm<{ role: Role }>()
  const update = useUpdateStaff()
  return (
    <FormModal
      title={t('staff.form.roleTitle', { name: staff.displayName })}
      form={form}
      saving={update.isPending}
      onClose={onClose}
    >
      <ErrorAlert error={update.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: staff.role }}
        onFinish={({ role }) =>
          update.mutate(
            { id: staff.id, version: staff.version, change: { role } },
            { onSuccess: onChanged },
          )
        }
      >
        <Form.Item
          name="role"
          label={t('staff.form.role')}
          rules={schemaRules(updateStaffInputSchema.shape.role, {
            require: true,
            required: askFor(t, t('staff.form.role'), 'select'),
          })}
        >
          <Select options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
