import { useQuery } from '@tanstack/react-query'
import { copyEndpoints } from '../../../shared/api/endpoints/copies'
import { Button, Card, Checkbox, Form, InputNumber, Skeleton, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  COPY_CATEGORIES,
  REQUIRED_COPY_CATEGORIES,
  type CopyCategory,
} from '../../../shared/api/copy-schemas'
import { detailsOf } from '../../../shared/api/request-details'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useFeedback } from '../../../shared/ui/feedback'
import { bodyRules } from '../../../shared/ui/form-rules'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { copyQueries } from '../api/copy-queries'
import '../i18n'
import { CopyCoverageTable } from './copy-coverage-table'
import { CopyLinksList } from './copy-links-list'
import { CopySectionsTable } from './copy-sections-table'

const isRequired = (c: CopyCategory) =>
  (REQUIRED_COPY_CATEGORIES as readonly CopyCategory[]).includes(c)

/** Copy of personal information (policy 6(7)): choose, preview (masked), issue an expiring link. */
export const CopyPanel = panelFor('copy', CopyWork)

function CopyWork({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('copy')
  const { message } = useFeedback()
  const staff = useStaff()
  const [chosen, setChosen] = useState<CopyCategory[]>([...REQUIRED_COPY_CATEGORIES])
  const preview = useQuery({
    ...copyQueries.preview(
      request.id,
      chosen.filter((c) => !isRequired(c)),
    ),
    enabled: request.status === 'in_review',
  })
  const canIssue = allowedActions(request, staff).includes('decide')

  const issue = async (days: number | null | undefined) => {
    const body = { categories: chosen, ...(days ? { expiresInDays: days } : {}) }
    const result = await command.run(copyEndpoints.createLink, body).catch(() => null)
    if (result) message.success(t('issued'))
  }

  return (
    <section aria-label={t('title')}>
      <Card size="small" title={t('title')}>
        <Typography.Paragraph type="secondary">{t('policy')}</Typography.Paragraph>
        {request.status === 'in_review' && (
          <Form<{ expiresInDays?: number | null }>
            layout="vertical"
            name="copy-link"
            onFinish={(values) => void issue(values.expiresInDays)}
          >
            <Form.Item label={t('categories')}>
              <Checkbox.Group
                value={chosen}
                onChange={(v) =>
                  setChosen(COPY_CATEGORIES.filter((c) => isRequired(c) || v.includes(c)))
                }
                options={COPY_CATEGORIES.map((c) => ({
                  value: c,
                  disabled: isRequired(c),
                  label: `${t(`common:dataCategory.${c}`)}${isRequired(c) ? t('required') : ''}`,
                }))}
              />
            </Form.Item>
            <Typography.Title level={5}>{t('preview')}</Typography.Title>
            {preview.isPending ? (
              <Skeleton active />
            ) : preview.isError ? (
              <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
            ) : (
              <>
                <Typography.Paragraph type="secondary">{t('previewHint')}</Typography.Paragraph>
                <CopyCoverageTable pkg={preview.data} t={t} testId="copy-coverage" />
                <div className="mt-16">
                  <CopySectionsTable pkg={preview.data} t={t} testId="copy-preview" />
                </div>
              </>
            )}
            {canIssue && (
              <Typography.Paragraph
                style={{ marginTop: 16, marginBottom: 0 }}
                data-testid="copy-code-destination"
              >
                {typeof request.details.verifiedPhone === 'string'
                  ? t('codeGoesTo', { phone: request.details.verifiedPhone })
                  : request.requesterType === 'self'
                    ? t('codeGoesTo', { phone: request.user.phone })
                    : t('noVerifiedPhone')}
              </Typography.Paragraph>
            )}
            {canIssue && (
              <Space align="end" className="mt-16" wrap>
                <Form.Item
                  name="expiresInDays"
                  label={t('expiresInDays')}
                  extra={t('defaultDays')}
                  rules={bodyRules(copyEndpoints.createLink, 'expiresInDays', {
                    range: (min, max) => t('common:common.wholeNumberRange', { min, max }),
                  })}
                  style={{ marginBottom: 0 }}
                >
                  {/* No min or max on the input itself: it would change a number out of range
                      silently on blur, where the rule says what is allowed. */}
                  <InputNumber<number> precision={0} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={command.isPending}>
                  {t('issue')}
                </Button>
              </Space>
            )}
          </Form>
        )}
        {request.status !== 'in_review' && !detailsOf(request, 'copy')?.copy && (
          <Typography.Paragraph>{t('notInReview')}</Typography.Paragraph>
        )}
        <CopyLinksList requestId={request.id} version={request.version} />
      </Card>
    </section>
  )
}
