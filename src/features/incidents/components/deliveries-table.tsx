import { useQuery } from '@tanstack/react-query'
import { Select, Space, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useMemo } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import {
  DELIVERY_STATUSES,
  type CampaignProgress,
  type Delivery,
} from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { defineList, oneOf } from '../../../shared/list-view/list-spec'
import { useListView } from '../../../shared/list-view/use-list-view'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import { DeliveryTag } from './incident-tags'

/** Each user's delivery of one campaign, paged and filtered on the server; live while it is sending. */
export function DeliveriesTable({
  incidentId,
  campaign,
}: {
  incidentId: string
  campaign: CampaignProgress
}) {
  const { t } = useTranslation('incidents')
  // Each campaign's deliveries have their own parameters in the page's URL.
  const spec = useMemo(
    () =>
      defineList({
        filters: { status: oneOf(DELIVERY_STATUSES) },
        pageSizes: [10, 50, 100],
        prefix: `deliveries.${campaign.id}.`,
      }),
    [campaign.id],
  )
  const view = useListView(spec)
  const list = useQuery(
    incidentQueries.deliveries(
      incidentId,
      { ...view.query, campaignId: campaign.id },
      !campaign.settled,
    ),
  )
  const address = (d: Delivery) =>
    d.channel === 'push' || d.channel === 'email'
      ? t(`delivery.address.${d.address}`, { defaultValue: d.address })
      : d.address

  return (
    <section aria-label={`${t('delivery.title')} ${campaign.id}`} data-testid="deliveries">
      <Space className="mb-8">
        <Select
          aria-label={t('delivery.filter')}
          placeholder={t('delivery.all')}
          allowClear
          style={{ width: 160 }}
          // null, not undefined, so that the select shows the filter the list has applied (SelectFilter).
          value={view.state.filters.status ?? null}
          onChange={(status: Delivery['status'] | undefined) => view.setFilter('status', status)}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`campaign.counts.${s}`) }))}
        />
      </Space>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<Delivery>
        rowKey="userId"
        size="small"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching && !list.data}
        columns={[
          { title: t('delivery.col.userId'), dataIndex: 'userId' },
          { title: t('delivery.col.name'), dataIndex: 'name' },
          { title: t('delivery.col.address'), key: 'address', render: (_, d) => address(d) },
          {
            title: t('delivery.col.status'),
            dataIndex: 'status',
            render: (s: Delivery['status']) => <DeliveryTag status={s} />,
          },
          { title: t('delivery.col.attempts'), dataIndex: 'attempts', align: 'right' },
          {
            title: t('delivery.col.failure'),
            dataIndex: 'failure',
            render: (f: Delivery['failure']) =>
              f ? (
                t(`delivery.failure.${f}`)
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: t('delivery.col.updatedAt'),
            dataIndex: 'updatedAt',
            render: (v: string) => dayjs(v).format('MM-DD HH:mm:ss'),
          },
        ]}
        {...view.table<Delivery>(list.data?.total, (total) => t('total', { total }))}
      />
    </section>
  )
}
