import { List, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IdentityOutcome } from '../../../shared/api/enums'
import type { RequestDetail } from '../../../shared/api/schemas'
import '../i18n'
import { AutoCheckList } from './auto-check-list'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const OUTCOME_TONES: Record<IdentityOutcome, Tone> = {
  pass: 'ok',
  need_more: 'awaiting',
  fail: 'blocking',
}

/** Every identity check recorded on the request, newest first, read-only. */
export function IdentityCheckHistory({
  request,
  staffName,
}: {
  request: RequestDetail
  staffName(id: string): string
}) {
  const { t } = useTranslation('identity')
  if (!request.identityChecks.length) return null
  const checks = [...request.identityChecks].reverse()
  return (
    <section aria-labelledby={`identity-history-${request.id}`}>
      <Typography.Text strong id={`identity-history-${request.id}`}>
        {t('history.title')}
      </Typography.Text>
      <List
        size="small"
        dataSource={checks}
        renderItem={(check) => (
          <List.Item key={check.id} data-testid="identity-check-record">
            <Space orientation="vertical" size={4} className="full-width">
              <Space wrap size={4}>
                <StatusLabel tone={OUTCOME_TONES[check.outcome]}>
                  {t(`outcome.${check.outcome}`)}
                </StatusLabel>
                <Typography.Text>{t(`common:identityMethod.${check.method}`)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('history.by', {
                    name: staffName(check.checkedBy),
                    at: dayjs(check.at).format('YYYY-MM-DD HH:mm'),
                  })}
                </Typography.Text>
              </Space>
              {check.reason && <div className="pre-wrap">{check.reason}</div>}
              <Typography.Text type="secondary">
                {t('history.credited')}
                {check.credited.length
                  ? check.credited.map((e) => t(`common:identityEvidence.${e}`)).join('、')
                  : '—'}
              </Typography.Text>
              {check.missing.length > 0 && (
                <Typography.Text type="secondary">
                  {t('history.missing')}
                  {check.missing.map((k) => t(`requirement.${k}`)).join('；')}
                </Typography.Text>
              )}
              {check.subject && (
                <Typography.Text>
                  {t('history.subject', { name: check.subject.name, id: check.subject.idNumber })}
                </Typography.Text>
              )}
              {check.requesterIdNumber && (
                <Typography.Text>
                  {t('history.requester', { id: check.requesterIdNumber })}
                </Typography.Text>
              )}
              <AutoCheckList checks={check.autoChecks} requesterType={request.requesterType} />
            </Space>
          </List.Item>
        )}
      />
    </section>
  )
}
