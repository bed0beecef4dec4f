import { useQuery } from '@tanstack/react-query'
import { Card, Col, Row, Space } from 'antd'
import dayjs from 'dayjs'
import { useRef, type ComponentProps, type ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { useWorkingCalendar } from '../../../shared/api/calendar'
import { requestQueries } from '../../../shared/api/requests'
import type { RequestDetail } from '../../../shared/api/schemas'
import type { RevealField } from '../../../shared/api/enums'
import { maskBirthDate } from '../../../shared/lib/masking'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { FactList, type Fact } from '../../../shared/ui/fact-list'
import { LongText } from '../../../shared/ui/long-text'
import { PageLoading } from '../../../shared/ui/page-loading'
import { PageHeader } from '../../../shared/ui/page-header'
import { SlaBadge } from '../../../shared/ui/sla-badge'
import { StatusTag } from '../../../shared/ui/status-tag'
import { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { useUserFieldItems } from '../../../shared/ui/user-field-items'
import '../i18n'
import { NotesPanel } from './notes-panel'
import { RequestActions } from './request-actions'
import { RequestTimeline } from './request-timeline'
import { useSubmitAndNext } from './use-submit-and-next'

export interface RequestPanelsProps {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
}

interface RequestDetailPageProps {
  id: string
  /** Each type's own panels (identity check, cancellation review, …), composed by the app. */
  renderPanels?: (props: RequestPanelsProps) => ReactNode
  /** The user's personal data fields, rendered with their reveal control by the app. */
  renderUserField?: (request: RequestDetail, field: RevealField) => ReactNode
}

const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')

/** One of the page's cards of facts about the request. */
function FactsCard({ title, ...list }: { title: string } & ComponentProps<typeof FactList>) {
  return (
    <Card size="small" title={title}>
      <FactList {...list} />
    </Card>
  )
}

export function RequestDetailPage({ id, renderPanels, renderUserField }: RequestDetailPageProps) {
  const detail = useQuery(requestQueries.detail(id))
  if (detail.isPending) return <PageLoading />
  if (detail.isError)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
  return (
    <RequestDetailView
      request={detail.data}
      renderPanels={renderPanels}
      renderUserField={renderUserField}
    />
  )
}

function RequestDetailView({
  request,
  renderPanels,
  renderUserField,
}: Omit<RequestDetailPageProps, 'id'> & { request: RequestDetail }) {
  const { t } = useTranslation('request')
  const calendar = useWorkingCalendar()
  const panels = useRef<HTMLDivElement>(null)
  const { command, goToForm, submitAndNext } = useSubmitAndNext(
    request.id,
    useRequestCommand(request),
    panels,
  )
  const name = useStaffName()
  const { user } = request
  const field = (f: RevealField) =>
    renderUserField?.(request, f) ?? (f === 'birthDate' ? maskBirthDate() : user[f])
  const userItems = useUserFieldItems(user, {
    userId: <Link to={`/users/${user.id}`}>{user.id}</Link>,
    name: user.name,
    phone: field('phone'),
    idNumber: field('idNumber'),
    birthDate: field('birthDate'),
    accountStatus: t(`common:accountStatus.${user.accountStatus}`),
  })
  const requesterItems: Fact[] = [
    {
      key: 'type',
      label: t('requester'),
      children: t(`common:requesterType.${request.requesterType}`),
    },
    {
      key: 'name',
      label: t('requesterName'),
      children: <LongText>{request.requesterName ?? user.name}</LongText>,
    },
    { key: 'channel', label: t('channel'), children: t(`common:channel.${request.channel}`) },
    { key: 'received', label: t('receivedAt'), children: when(request.receivedAt) },
    { key: 'clock', label: t('clockStartsAt'), children: when(request.clockStartsAt) },
    { key: 'target', label: t('targetAt'), children: when(request.targetAt) },
    { key: 'deadline', label: t('deadlineAt'), children: when(request.deadlineAt) },
    { key: 'paused', label: t('pausedDays'), children: request.pausedDays },
    { key: 'ext', label: t('extensionDays'), children: request.extensionDays },
    { key: 'assignee', label: t('assignee'), children: name(request.assigneeId) },
    { key: 'prepared', label: t('preparedBy'), children: name(request.preparedBy) },
  ]
  const { decision } = request
  const rejection: Fact[] | null =
    decision?.outcome === 'reject' && decision.reasonCode
      ? [
          {
            key: 'ground',
            label: t('rejection.ground'),
            children: t(`common:rejectionReason.${decision.reasonCode}`),
          },
          {
            key: 'message',
            label: t('rejection.message'),
            children: <span className="pre-wrap">{decision.message}</span>,
          },
        ]
      : null

  return (
    <article aria-labelledby="request-title">
      <Link to="/queue" style={{ display: 'inline-block' }}>
        ← {t('back')}
      </Link>
      <div />
      <PageHeader
        id="request-title"
        title={
          <>
            {request.id} · {t(`common:requestType.${request.type}`)}
          </>
        }
        extra={
          <>
            <span data-testid="request-owner">
              {request.assigneeId
                ? t('owner', { name: name(request.assigneeId) })
                : t('unassigned')}
            </span>
            <StatusTag status={request.status} />
            <SlaBadge request={request} calendar={calendar} />
          </>
        }
      />
      <RequestActions
        request={request}
        command={command}
        onGoToForm={goToForm}
        onSubmitAndNext={submitAndNext}
      />
      <ErrorAlert error={command.error} />
      {command.dialog}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14} ref={panels}>
          <Space orientation="vertical" size="middle" className="full-width">
            <FactsCard title={t('user')} column={2} items={userItems} />
            <FactsCard title={t('requester')} column={2} items={requesterItems} />
            {rejection && <FactsCard title={t('rejection.title')} items={rejection} />}
            {renderPanels?.({ request, command })}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" className="full-width">
            <NotesPanel request={request} command={command} staffName={name} />
            <RequestTimeline request={request} staffName={name} />
          </Space>
        </Col>
      </Row>
    </article>
  )
}
