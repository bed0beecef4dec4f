import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Card, Table, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import { useIntentKey } from '../api/requests'
import type { BrowserVerification, Checkpoint } from '../lib/chain-verifier'
import { latestCheckpoint } from '../lib/chain-verifier'
import '../i18n/chain'
import { FactList } from './fact-list'
import { ErrorAlert } from './error-alert'
import { useFeedback } from './feedback'

export type CheckpointSigner = (
  head: { headHash: string; count: number },
  idempotencyKey: string,
) => Promise<Checkpoint>

interface ChainCheckpointsProps {
  queryKey: readonly unknown[]
  list: (signal?: AbortSignal) => Promise<Checkpoint[]>
  sign?: CheckpointSigner
  /** The result of a browser verification that passed: only that head may be signed. */
  verified: BrowserVerification | null
  staffName: (id: string) => string
}

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm')

export function ChainCheckpoints({
  queryKey,
  list,
  sign,
  verified,
  staffName,
}: ChainCheckpointsProps) {
  const { t } = useTranslation('chain')
  const { message } = useFeedback()
  const queryClient = useQueryClient()
  const intent = useIntentKey()
  const checkpoints = useQuery({ queryKey, queryFn: ({ signal }) => list(signal) })
  const signing = useMutation({
    mutationFn: async (head: { headHash: string; count: number }) => {
      const { key, done } = intent(head)
      const result = await sign!(head, key)
      done()
      return result
    },
    onSuccess: (c) => {
      message.success(t('checkpoints.signed', { count: c.count }))
      void queryClient.invalidateQueries({ queryKey })
    },
  })
  const latest = latestCheckpoint(checkpoints.data ?? [])
  const signButton = sign && (
    <Tooltip title={verified ? undefined : t('checkpoints.needOk')}>
      <Button
        disabled={!verified}
        loading={signing.isPending}
        onClick={() =>
          verified && signing.mutate({ headHash: verified.headHash, count: verified.count })
        }
      >
        {t('checkpoints.sign', { count: verified?.count ?? 0 })}
      </Button>
    </Tooltip>
  )

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('checkpoints.title')}</h2>}
      extra={signButton}
    >
      <Typography.Paragraph type="secondary">{t('checkpoints.intro')}</Typography.Paragraph>
      <ErrorAlert error={signing.error} />
      <ErrorAlert error={checkpoints.error} onRetry={() => void checkpoints.refetch()} />
      <FactList
        items={[
          {
            key: 'latest',
            label: t('checkpoints.latest'),
            children: latest ? (
              <span>
                {t('checkpointSummary', {
                  count: latest.count,
                  at: when(latest.at),
                  by: staffName(latest.by),
                })}{' '}
                <Typography.Text code className="break-all">
                  {latest.headHash}
                </Typography.Text>
              </span>
            ) : (
              t('checkpoints.empty')
            ),
          },
        ]}
      />
      <Table<Checkpoint>
        size="small"
        rowKey="id"
        loading={checkpoints.isPending}
        dataSource={checkpoints.data ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: t('checkpoints.empty') }}
        aria-label={t('checkpoints.history')}
        columns={[
          { title: t('checkpoints.col.count'), dataIndex: 'count' },
          {
            title: t('checkpoints.col.headHash'),
            dataIndex: 'headHash',
            render: (hash: string) => (
              <Typography.Text code data-raw>{`${hash.slice(0, 16)}…`}</Typography.Text>
            ),
          },
          { title: t('checkpoints.col.at'), dataIndex: 'at', render: when },
          { title: t('checkpoints.col.by'), dataIndex: 'by', render: staffName },
        ]}
      />
    </Card>
  )
}
