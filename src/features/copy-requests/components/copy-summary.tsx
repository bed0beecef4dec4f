import { Card, Typography } from 'antd'
import dayjs from 'dayjs'
import { useMemo } from 'react'
import type { CopyPackage } from '../../../shared/api/copy-schemas'
import { i18n } from '../../../shared/i18n/i18n'
import '../i18n'
import { CopyCoverageTable } from './copy-coverage-table'
import { CopySectionsTable } from './copy-sections-table'
import './copy-print.css'

/** The printable summary, always in Chinese (the language of the policy and of the record). */
export function CopySummary({ pkg }: { pkg: CopyPackage }) {
  const t = useMemo(() => i18n.getFixedT('zh-CN'), [])
  return (
    <Card className="copy-summary" data-testid="copy-summary" lang="zh-CN">
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('copy:summary.title')}
      </Typography.Title>
      <Typography.Paragraph>
        {t('copy:summary.meta', {
          requestId: pkg.requestId,
          userId: pkg.userId,
          at: dayjs(pkg.generatedAt).format('YYYY-MM-DD HH:mm'),
        })}
      </Typography.Paragraph>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('copy:coverage.title')}
      </Typography.Title>
      <CopyCoverageTable pkg={pkg} t={t} testId="copy-summary-coverage" />
      <div className="mt-16">
        <CopySectionsTable pkg={pkg} t={t} testId="copy-summary-table" paginate={false} />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('copy:summary.note')}
      </Typography.Paragraph>
    </Card>
  )
}
