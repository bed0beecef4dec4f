import type { TimelineFacts } from '../api/schemas'
import type { DeletionGround } from '../api/enums'
import type { TFunction } from '../i18n/i18n'
import { deletionGroundWords } from './deletion-ground'

// Shared by a request's timeline and the audit log, whose request events carry the same facts.

/** Codes of one of the common groups as a list in words; a code without words stays as it is. */
export function labelList(
  values: readonly string[],
  group: 'userField' | 'consentKey' | 'dataCategory' | 'identityEvidence' | 'notificationChannel',
  t: TFunction,
): string {
  return values
    .map((v) => t(`common:${group}.${v}`, { defaultValue: v }))
    .join(t('common:common.listSeparator'))
}

/** The structured facts of an event in the reader's language: names, never codes. */
export function factsText(
  facts: TimelineFacts | undefined,
  t: TFunction,
  staffName: (id: string) => string,
): string | null {
  if (!facts) return null
  const list = (values: readonly string[], group: Parameters<typeof labelList>[1]) =>
    labelList(values, group, t)
  const parts: string[] = []
  if (facts.ground)
    parts.push(
      t('common:timelineFact.ground', {
        ground: deletionGroundWords(t, facts.ground as DeletionGround),
      }),
    )
  if (facts.deleteCount !== undefined)
    parts.push(
      t('common:timelineFact.plan', {
        delete: facts.deleteCount,
        anonymise: facts.anonymiseCount ?? 0,
        keep: facts.keepCount ?? 0,
      }),
    )
  if (facts.fields)
    parts.push(t('common:timelineFact.fields', { list: list(facts.fields, 'userField') }))
  if (facts.consents)
    parts.push(t('common:timelineFact.consents', { list: list(facts.consents, 'consentKey') }))
  if (facts.categories)
    parts.push(
      t('common:timelineFact.categories', { list: list(facts.categories, 'dataCategory') }),
    )
  if (facts.categoryCount !== undefined)
    parts.push(t('common:timelineFact.categoryCount', { count: facts.categoryCount }))
  if (facts.category && facts.dataAction)
    parts.push(
      t('common:timelineFact.step', {
        category: t(`common:dataCategory.${facts.category}`),
        action: t(`common:dataAction.${facts.dataAction}`),
      }),
    )
  if (facts.duty)
    parts.push(
      t('common:timelineFact.kept', {
        duty: t(`common:retentionDuty.${facts.duty}`),
        purgeOn: facts.purgeOn ?? '—',
      }),
    )
  // A copy link's days are calendar days of validity; an extension's are working days.
  if (facts.newDeadline && facts.days !== undefined)
    parts.push(t('common:timelineFact.extended', { days: facts.days, date: facts.newDeadline }))
  else if (facts.days !== undefined)
    parts.push(
      t(facts.categories ? 'common:timelineFact.validDays' : 'common:timelineFact.days', {
        days: facts.days,
      }),
    )
  if (facts.staffId) parts.push(t('common:timelineFact.staff', { name: staffName(facts.staffId) }))
  if (facts.userId) parts.push(t('common:timelineFact.user', { id: facts.userId }))
  if (facts.requestId) parts.push(t('common:timelineFact.request', { id: facts.requestId }))
  if (facts.identityMethod)
    parts.push(
      t('common:timelineFact.identityMethod', {
        method: t(`common:identityMethod.${facts.identityMethod}`),
      }),
    )
  if (facts.evidence)
    parts.push(
      t('common:timelineFact.evidence', { list: list(facts.evidence, 'identityEvidence') }),
    )
  if (facts.pausedDays) parts.push(t('common:timelineFact.pausedDays', { days: facts.pausedDays }))
  if (facts.channel)
    parts.push(t('common:timelineFact.channel', { channel: t(`common:channel.${facts.channel}`) }))
  if (facts.notifiedBy)
    parts.push(
      t('common:timelineFact.notifiedBy', { list: list(facts.notifiedBy, 'notificationChannel') }),
    )
  return parts.length ? parts.join(t('common:timelineFact.separator')) : null
}
