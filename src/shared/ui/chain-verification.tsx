import { type TFunction, useTranslation } from '../i18n/i18n'
import { Alert, Button, Card, Descriptions, Progress, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import type { BrowserVerification, Checkpoint } from '../lib/chain-verifier'
import { ChainCheckpoints, type CheckpointSigner } from './chain-checkpoints'
import '../i18n/chain'
import { ErrorAlert } from './error-alert'
import {
  useChainVerification,
  verdictsAgree,
  type ChainSource,
  type ServerVerdict,
} from './use-chain-verification'

interface ChainVerificationProps {
  source: ChainSource
  /** Query key of the checkpoint list, refreshed after signing. */
  checkpointsKey: readonly unknown[]
  /** Given only to those who may sign a checkpoint. */
  sign?: CheckpointSigner
  staffName: (id: string) => string
}

export const checkpointSummary = (
  t: TFunction<'chain'>,
  c: Checkpoint,
  staffName: (id: string) => string,
) =>
  t('checkpointSummary', {
    count: c.count,
    at: dayjs(c.at).format('YYYY-MM-DD HH:mm'),
    by: staffName(c.by),
  })

/**
 * The browser's own verification of a hash chain with its progress, its verdict beside the
 * server's, and the checkpoints. Used by the disclosure ledger and the audit log.
 */
export function ChainVerification({
  source,
  checkpointsKey,
  sign,
  staffName,
}: ChainVerificationProps) {
  const { t } = useTranslation('chain')
  const { state, run, cancel } = useChainVerification(source)
  const verified = state.status === 'done' && state.result.ok ? state.result : null

  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card size="small" title={<h2 className="card-title">{t('title')}</h2>}>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Space wrap>
          <Button type="primary" onClick={() => void run()} loading={state.status === 'running'}>
            {state.status === 'idle' ? t('run') : t('again')}
          </Button>
          {state.status === 'running' && <Button onClick={cancel}>{t('cancel')}</Button>}
        </Space>
        {state.status === 'running' && (
          <div role="status" aria-live="polite" style={{ marginTop: 12, maxWidth: 560 }}>
            <Typography.Text>
              {t(state.progress.stage, {
                done: state.progress.done,
                total: state.progress.total || '…',
              })}
            </Typography.Text>
            <Progress
              aria-label={t('progress')}
              percent={
                state.progress.total
                  ? Math.floor((state.progress.done / state.progress.total) * 100)
                  : 0
              }
              status="active"
            />
          </div>
        )}
        {state.status === 'error' && (
          <div className="mt-12">
            <Typography.Text strong>{t('failed')}</Typography.Text>
            <ErrorAlert error={state.error} onRetry={() => void run()} />
          </div>
        )}
        {state.status === 'done' && (
          <VerificationResult result={state.result} server={state.server} staffName={staffName} />
        )}
      </Card>
      <ChainCheckpoints
        queryKey={checkpointsKey}
        list={source.fetchCheckpoints}
        sign={sign}
        verified={verified}
        staffName={staffName}
      />
    </Space>
  )
}

interface ResultProps {
  result: BrowserVerification
  server: ServerVerdict | { error: unknown }
  staffName: (id: string) => string
}

function VerificationResult({ result, server, staffName }: ResultProps) {
  const { t } = useTranslation('chain')
  const serverText =
    'error' in server
      ? null
      : server.ok
        ? t('serverOk', { count: server.count })
        : t('serverBroken', { seq: server.firstBrokenSeq })
  const agree = 'error' in server ? null : verdictsAgree(result, server)
  const items = [
    { key: 'count', label: t('field.count'), children: result.count },
    {
      key: 'head',
      label: t('field.headHash'),
      children: (
        <Typography.Text code copyable className="break-all">
          {result.headHash}
        </Typography.Text>
      ),
    },
    ...(result.ok
      ? []
      : [
          {
            key: 'broken',
            label: t('field.firstBroken'),
            children: <strong data-testid="first-broken-seq">{result.firstBrokenSeq}</strong>,
          },
          {
            key: 'reason',
            label: t('field.reason'),
            children: result.reason ? t(`reason.${result.reason}`) : '—',
          },
        ]),
    {
      key: 'checkpoint',
      label: t('field.checkpoint'),
      children: (
        <>
          {result.checkpoint
            ? checkpointSummary(t, result.checkpoint, staffName)
            : t('noCheckpoint')}
          {result.failedCheckpoint && result.failedCheckpoint !== result.checkpoint && (
            <div>
              {t('failedCheckpoint', {
                summary: checkpointSummary(t, result.failedCheckpoint, staffName),
              })}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'server',
      label: t('field.server'),
      children: serverText ?? <ErrorAlert error={'error' in server ? server.error : null} />,
    },
    ...(agree === null
      ? []
      : [
          {
            key: 'agree',
            label: t('field.agreement'),
            children: agree ? (
              t('agree')
            ) : (
              <Typography.Text type="danger">{t('disagree')}</Typography.Text>
            ),
          },
        ]),
  ]
  return (
    <div className="mt-12">
      <Alert
        type={result.ok ? 'success' : 'error'}
        showIcon
        role={result.ok ? 'status' : 'alert'}
        title={
          result.ok ? t('ok', { count: result.count }) : t('broken', { seq: result.firstBrokenSeq })
        }
        className="mb-12"
      />
      <Descriptions size="small" column={1} bordered items={items} />
    </div>
  )
}
