import { useMutation, useQuery } from '@tanstack/react-query'
import { Button, Card, DatePicker, Form, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useNavigate } from 'react-router'
import { ApiError } from '../../../shared/api/api-error'
import {
  CHANNELS,
  REQUEST_TYPES,
  REQUESTER_TYPES,
  type Channel,
  type RequestType,
  type RequesterType,
} from '../../../shared/api/enums'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries, useIntentKey } from '../../../shared/api/requests'
import { userSearchQuery } from '../../../shared/api/user-search'
import { requesterIneligibility } from '../../../shared/lib/requester-eligibility'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { applyServerErrors } from '../../../shared/ui/server-errors'
import { PageHeader } from '../../../shared/ui/page-header'
import { type PlatformUser } from '../../../shared/api/schemas'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import '../i18n'
import { checkRule } from '../../../shared/ui/check-rule'
import { askFor } from '../../../shared/ui/form-rules'
import { BodyInput } from '../../../shared/ui/body-text-area'
import { IntakeDuplicates } from './intake-duplicates'

interface IntakeValues {
  type: RequestType
  userId: string
  requesterType: RequesterType
  requesterName?: string
  channel: Channel
  receivedAt: Dayjs
}

/** Registers a request that came by hotline, letter or email; a letter from last week counts from last week. */
export function IntakePage() {
  const { t } = useTranslation('queue')
  const navigate = useNavigate()
  const { message } = useFeedback()
  const [form] = Form.useForm<IntakeValues>()
  const [userQuery, setUserQuery] = useState('')
  const users = useQuery(userSearchQuery(userQuery))
  const intent = useIntentKey()
  // The chosen user, kept from the search results: whether the requester may act for them is
  // shown before the form is sent (the server refuses it all the same).
  const [chosen, setChosen] = useState<PlatformUser | null>(null)
  useEffect(() => {
    if (form.getFieldValue('requesterType')) void form.validateFields(['requesterType'])
  }, [chosen, form])
  const userId = Form.useWatch('userId', form)
  const type = Form.useWatch('type', form)
  const create = useMutation({
    mutationFn: async (values: IntakeValues) => {
      const body = { ...values, receivedAt: values.receivedAt.format('YYYY-MM-DDTHH:mm:ssZ') }
      const { key, done } = intent(body)
      const created = await callEndpoint(requestEndpoints.create, { body, idempotencyKey: key })
      done()
      return created
    },
    meta: { invalidates: [requestQueries.all()] },
  })

  return (
    <Card title={<PageHeader title={t('intake.title')} />} style={{ maxWidth: 720 }}>
      <ErrorAlert error={create.error} />
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'hotline', requesterType: 'self', receivedAt: dayjs() }}
        onFinish={(values) =>
          create.mutate(values, {
            onSuccess: (created) => {
              message.success(t('intake.created', { id: created.id }))
              navigate(`/requests/${created.id}`)
            },
            onError: (error) => {
              if (error instanceof ApiError && error.status === 400) {
                const rest = applyServerErrors(form, error, { t })
                if (rest) message.error(rest)
              }
            },
          })
        }
      >
        <Form.Item
          name="type"
          label={t('col.type')}
          rules={[{ required: true, message: askFor(t, t('col.type'), 'select') }]}
        >
          <Select
            options={REQUEST_TYPES.map((v) => ({ value: v, label: t(`common:requestType.${v}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('intake.user')}
          rules={[{ required: true, message: askFor(t, t('intake.user'), 'select') }]}
          extra={t('intake.userHint')}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => setUserQuery(q.trim()) }}
            loading={users.isFetching}
            notFoundContent={userQuery ? t('empty') : null}
            options={(users.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.id} · ${u.name} · ${u.phone}`,
            }))}
            onChange={(id: string) => setChosen(users.data?.items.find((u) => u.id === id) ?? null)}
          />
        </Form.Item>
        <Form.Item
          name="requesterType"
          label={t('col.requesterType')}
          rules={[
            { required: true, message: askFor(t, t('col.requesterType'), 'select') },
            checkRule<RequesterType>((v) => {
              const reason = chosen && v ? requesterIneligibility(v, chosen) : null
              return reason && t(`intake.notEligible.${reason}`)
            }),
          ]}
        >
          <Select
            options={REQUESTER_TYPES.map((v) => ({
              value: v,
              label: t(`common:requesterType.${v}`),
            }))}
          />
        </Form.Item>
        <BodyInput
          endpoint={requestEndpoints.create}
          name="requesterName"
          label={t('intake.requesterName')}
        />
        <Form.Item
          name="channel"
          label={t('col.channel')}
          rules={[{ required: true, message: askFor(t, t('col.channel'), 'select') }]}
        >
          <Select options={CHANNELS.map((v) => ({ value: v, label: t(`common:channel.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name="receivedAt"
          label={t('col.receivedAt')}
          rules={[
            { required: true, message: askFor(t, t('col.receivedAt'), 'select') },
            checkRule<Dayjs>((v) => v?.isAfter(dayjs()) && t('intake.future')),
          ]}
        >
          <DatePicker showTime disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <IntakeDuplicates userId={userId} type={type} />
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('intake.submit')}
        </Button>
      </Form>
    </Card>
  )
}
