import { Modal } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { BodyInput, ResponseOf } from '../../../shared/api/endpoint'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import {
  currentFromConflict,
  useIncidentAction,
  type IncidentActionEndpoint,
  type IncidentActionVariables,
} from '../api/incident-api'
import '../i18n'
import { useConflictRetry } from '../../../shared/ui/use-conflict-retry'

/**
 * Acting on an incident from its page: the version the person saw goes along, and a 412 asks
 * whether to submit the same input again on the latest version instead of failing. Resolves with
 * the action's answer, or null when the person discarded their change.
 */
export function useIncidentCommand(incident: IncidentDetail) {
  const { t } = useTranslation('incidents')
  const mutation = useIncidentAction(incident.id)
  const retry = useConflictRetry(
    ({ endpoint, body }: Pick<IncidentActionVariables, 'endpoint' | 'body'>, version: number) =>
      mutation.run({ endpoint, body, version }),
    currentFromConflict,
  )
  const pending = retry.pending

  /** Runs an action of the incident table (`incidentEndpoints.close` …) with its typed body. */
  const run = <E extends IncidentActionEndpoint>(endpoint: E, body: BodyInput<E>) =>
    retry.attempt<ResponseOf<E>>({ endpoint, body }, incident)

  const dialog = pending ? (
    <Modal
      open
      title={t('conflict.title')}
      okText={t('conflict.reapply')}
      cancelText={t('conflict.discard')}
      confirmLoading={mutation.isPending}
      onCancel={retry.discard}
      onOk={retry.reapply}
    >
      <p>{t('conflict.body', { from: pending.seen.version, to: pending.current.version })}</p>
      {/* Each change adds one version and one event, so what happened since is the tail. */}
      <ul aria-label={t('timeline.title')}>
        {pending.current.timeline.slice(pending.seen.version).map((e, i) => (
          <li key={i}>
            {dayjs(e.at).format('MM-DD HH:mm')} ·{' '}
            {t(`timeline.action.${e.action}`, { defaultValue: e.action })}
            {e.detail ? ` (${e.detail})` : ''}
          </li>
        ))}
      </ul>
    </Modal>
  ) : null

  // A stale version is answered by the dialog, not shown as a failure.
  const error = currentFromConflict(mutation.error) ? null : mutation.error
  return { run, dialog, isPending: mutation.isPending, error, reset: mutation.reset }
}

export type IncidentCommand = ReturnType<typeof useIncidentCommand>
