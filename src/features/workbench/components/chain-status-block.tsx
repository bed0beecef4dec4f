import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { ChainStatus } from '../../../shared/api/dashboard-schemas'
import { auditHref, ledgerHref } from '../model/links'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** One hash chain: the server's verification just now and the latest signed checkpoint. */
export function ChainStatusBlock({ status }: { status: ChainStatus }) {
  const { t } = useTranslation('workbench')
  const staffName = useStaffName()
  const c = status.checkpoint
  return (
    <section aria-labelledby={`chain-${status.chain}`} data-testid={`chain-${status.chain}`}>
      <Space align="center" wrap>
        <h3 id={`chain-${status.chain}`} className="block-title">
          {t(`compliance.chain.${status.chain}`)}
        </h3>
        {status.ok ? (
          <StatusLabel tone="ok" icon={<CheckCircleFilled />}>
            {t('compliance.intact')}
          </StatusLabel>
        ) : (
          <StatusLabel tone="blocking" icon={<CloseCircleFilled />}>
            {t('compliance.broken', { seq: status.firstBrokenSeq })}
          </StatusLabel>
        )}
        <Link
          to={
            status.chain === 'audit'
              ? auditHref({ tab: 'integrity' })
              : ledgerHref({ tab: 'integrity' })
          }
          className="no-print"
        >
          {t('compliance.openIntegrity')}
        </Link>
      </Space>
      <Typography.Paragraph style={{ margin: '6px 0 0' }}>
        {t('compliance.verified', { count: status.count, time: when(status.verifiedAt) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {c
          ? t('compliance.checkpoint', { count: c.count, time: when(c.at), by: staffName(c.by) })
          : t('compliance.noCheckpoint')}
        {c ? ` · ${t('compliance.sinceCheckpoint', { count: status.sinceCheckpoint })}` : ''}
      </Typography.Paragraph>
    </section>
  )
}
