import { useQuery } from '@tanstack/react-query'
import { Button, Descriptions, Drawer, Space, Typography, type DescriptionsProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { FingerprintedFile } from '../../../shared/ui/fingerprinted-files-input'
import { disclosureQueries } from '../api/disclosure-api'
import '../i18n'
import { HashLinks } from './hash-links'
import { BASIS_TONE } from './ledger-table'
import { useStaffName } from './use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'

interface RecordDrawerProps {
  seq: number | null
  onClose(): void
  onOpen(seq: number): void
  /** Given to those who may record: starts a correcting record. */
  onCorrect?(record: DisclosureRecord): void
}

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss')

export function RecordDrawer({ seq, onClose, onOpen, onCorrect }: RecordDrawerProps) {
  const { t } = useTranslation('disclosures')
  const detail = useQuery({ ...disclosureQueries.detail(seq ?? 0), enabled: seq !== null })
  const corrections = useQuery({
    ...disclosureQueries.list({ corrects: seq ?? 0, pageSize: 50 }),
    enabled: seq !== null,
  })
  const record = detail.data?.record
  return (
    <Drawer
      open={seq !== null}
      onClose={onClose}
      size={720}
      title={t('drawer.title', { seq })}
      extra={
        record &&
        onCorrect && <Button onClick={() => onCorrect(record)}>{t('drawer.correct')}</Button>
      }
    >
      {detail.isPending && seq !== null && <PageLoading />}
      <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      {record && detail.data && (
        <Space orientation="vertical" size="middle" className="full-width">
          <RecordFields
            record={record}
            correctedBy={corrections.data?.items.map((r) => r.seq) ?? []}
            onOpen={onOpen}
          />
          <Evidence record={record} />
          <HashLinks raw={detail.data.raw} onOpen={onOpen} />
        </Space>
      )}
    </Drawer>
  )
}

function RecordFields({
  record: r,
  correctedBy,
  onOpen,
}: {
  record: DisclosureRecord
  correctedBy: number[]
  onOpen(seq: number): void
}) {
  const { t } = useTranslation('disclosures')
  const staffName = useStaffName()
  const seqLink = (seq: number) => (
    <Button
      key={seq}
      type="link"
      size="small"
      style={{ padding: 0, marginInlineEnd: 8 }}
      onClick={() => onOpen(seq)}
    >
      #{seq}
    </Button>
  )
  const items: DescriptionsProps['items'] = [
    { key: 'id', label: t('drawer.id'), children: r.id },
    {
      key: 'basis',
      label: t('col.basis'),
      children: (
        <StatusLabel tone={BASIS_TONE[r.basis]}>
          {t(`common:disclosureBasis.${r.basis}`)}
        </StatusLabel>
      ),
    },
    { key: 'disclosedAt', label: t('col.disclosedAt'), children: when(r.disclosedAt) },
    { key: 'recordedAt', label: t('drawer.recordedAt'), children: when(r.recordedAt) },
    {
      key: 'users',
      label: t('col.users'),
      children: r.userIds.map((id, i) => (
        <span key={id}>
          {i > 0 && t('listSeparator')}
          <Link to={`/users/${id}`}>{id}</Link>
        </span>
      )),
    },
    {
      key: 'recipient',
      label: t('col.recipient'),
      children: t('withNote', {
        text: r.recipient.name,
        note: t(`common:recipientType.${r.recipient.type}`),
      }),
    },
    { key: 'contact', label: t('drawer.contact'), children: r.recipient.contact },
    {
      key: 'items',
      label: t('col.dataItems'),
      children: r.dataItems
        .map((i) => t(`common:disclosedItem.${i}`, { defaultValue: i }))
        .join(t('listSeparator')),
    },
    { key: 'purpose', label: t('col.purpose'), children: r.purpose },
  ]
  if (r.exemptionClause) {
    items.push({
      key: 'clause',
      label: t('drawer.exemption'),
      children: `${t('clauseShort', { n: r.exemptionClause })} ${t(`clause.${r.exemptionClause}`, { defaultValue: String(r.exemptionClause) })}`,
    })
    items.push({
      key: 'justification',
      label: t('drawer.justification'),
      children: r.exemptionJustification ?? '—',
    })
  }
  if (r.legalDocument) {
    const d = r.legalDocument
    items.push({
      key: 'legal',
      label: t('drawer.legalDocument'),
      children: `${d.authority} · ${d.documentType} ${d.documentNumber} · ${d.provision}`,
    })
  }
  if (r.consentReference)
    items.push({
      key: 'consent',
      label: t('drawer.consentReference'),
      children: r.consentReference,
    })
  if (r.applicant) {
    items.push({
      key: 'applicant',
      label: t('drawer.applicant'),
      children: `${r.applicant.name} · ${r.applicant.contact}`,
    })
    items.push({
      key: 'applicantId',
      label: t('drawer.applicantId'),
      children: r.applicant.idNumber,
    })
    items.push({ key: 'claim', label: t('drawer.claim'), children: r.applicant.claim })
  }
  if (r.applicationId)
    items.push({ key: 'application', label: t('drawer.applicationId'), children: r.applicationId })
  items.push(
    { key: 'recordedBy', label: t('col.recordedBy'), children: staffName(r.recordedBy) },
    { key: 'approvedBy', label: t('col.approvedBy'), children: staffName(r.approvedBy) },
    {
      key: 'notified',
      label: t('col.userNotified'),
      children: (
        <>
          {r.userNotified ? t('common:common.yes') : t('common:common.no')}{' '}
          {r.confidential && <StatusLabel>{t('confidential')}</StatusLabel>}
        </>
      ),
    },
  )
  if (r.corrects) {
    items.push({ key: 'corrects', label: t('drawer.corrects'), children: seqLink(r.corrects) })
    items.push({
      key: 'reason',
      label: t('drawer.correctionReason'),
      children: r.correctionReason ?? '—',
    })
  }
  if (correctedBy.length)
    items.push({
      key: 'correctedBy',
      label: t('drawer.correctedBy'),
      children: correctedBy.map(seqLink),
    })
  return <Descriptions size="small" column={1} bordered items={items} />
}

function Evidence({ record }: { record: DisclosureRecord }) {
  const { t } = useTranslation('disclosures')
  if (record.basis !== 'third_party_application' && record.evidence.length === 0) return null
  return (
    <section aria-labelledby="evidence-title">
      <Typography.Title level={2} id="evidence-title" style={{ fontSize: 15 }}>
        {t('drawer.evidence')}
      </Typography.Title>
      {record.evidence.length === 0 && (
        <Typography.Text type="secondary">{t('drawer.evidenceEmpty')}</Typography.Text>
      )}
      <ul style={{ paddingInlineStart: 20, margin: 0 }}>
        {record.evidence.map((e) => (
          <li key={e.sha256 + e.name}>
            <FingerprintedFile file={e} />
          </li>
        ))}
      </ul>
    </section>
  )
}
