import { Button, Card, Form, Input, List, Typography } from 'antd'
import { bodyCount } from '../../../shared/ui/body-text-area'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { bodyRules } from '../../../shared/ui/form-rules'

interface NotesPanelProps {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
  staffName(id: string): string
}

export function NotesPanel({ request, command, staffName }: NotesPanelProps) {
  const { t } = useTranslation('request')
  const staff = useStaff()
  const [form] = Form.useForm<{ text: string }>()
  const canWrite = allowedActions(request, staff).includes('note')
  return (
    <Card size="small" title={t('notes')}>
      <List
        size="small"
        locale={{ emptyText: t('noNotes') }}
        dataSource={request.notes}
        renderItem={(note) => (
          <List.Item>
            <div className="full-width">
              <Typography.Text type="secondary">
                {staffName(note.authorId)} · {dayjs(note.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {/* User-supplied text is rendered as text, never as markup, and as written. */}
              <div className="pre-wrap" data-testid="note-text" translate="no">
                {note.text}
              </div>
            </div>
          </List.Item>
        )}
      />
      {canWrite && (
        <Form
          form={form}
          layout="vertical"
          onFinish={async ({ text }) => {
            const result = await command.run(requestEndpoints.notes, { text }).catch(() => null)
            if (result) form.resetFields()
          }}
        >
          <Form.Item
            name="text"
            label={t('addNote')}
            rules={bodyRules(requestEndpoints.notes, 'text')}
          >
            <Input.TextArea
              rows={2}
              placeholder={t('notePlaceholder')}
              {...bodyCount(requestEndpoints.notes, 'text')}
            />
          </Form.Item>
          <Button htmlType="submit" loading={command.isPending}>
            {t('addNote')}
          </Button>
        </Form>
      )}
    </Card>
  )
}
