import { useQuery } from '@tanstack/react-query'
import { List, Skeleton, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { CopyLink } from '../../../shared/api/copy-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { copyQueries } from '../api/copy-queries'
import { StatusLabel } from '../../../shared/ui/status-label'

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm')

/** The links issued for a request: where the code went, until when, and every download. */
export function CopyLinksList({ requestId, version }: { requestId: string; version: number }) {
  const { t } = useTranslation('copy')
  const links = useQuery(copyQueries.links(requestId, version))
  if (links.isPending) return <Skeleton active />
  if (links.isError) return <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />
  return (
    <div data-testid="copy-links" className="mt-16">
      <Typography.Title level={5}>{t('links')}</Typography.Title>
      <List<CopyLink>
        size="small"
        bordered
        dataSource={links.data.items}
        locale={{ emptyText: t('noLinks') }}
        renderItem={(link) => (
          <List.Item data-testid="copy-link">
            <Space orientation="vertical" size={2} className="full-width">
              <Space wrap>
                <Typography.Text strong>
                  {t('linkId')} {link.id}
                </Typography.Text>
                {link.expired ? (
                  <StatusLabel>{t('expired')}</StatusLabel>
                ) : link.locked ? (
                  <StatusLabel tone="blocking">{t('locked')}</StatusLabel>
                ) : (
                  <StatusLabel tone="ok">{t('active')}</StatusLabel>
                )}
              </Space>
              <Typography.Text>
                {t('sentTo')} {link.sentTo} · {t('createdAt')} {when(link.createdAt)} ·{' '}
                {t('expiresAt')} {when(link.expiresAt)}
              </Typography.Text>
              <Typography.Text>
                {t('categories')}：
                {link.categories.map((c) => t(`common:dataCategory.${c}`)).join('、')}
              </Typography.Text>
              <Typography.Text data-testid="copy-downloads">
                {t('downloads')}：
                {link.downloads.length === 0
                  ? t('noDownloads')
                  : link.downloads.map((d) => when(d.at)).join('、')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  )
}
