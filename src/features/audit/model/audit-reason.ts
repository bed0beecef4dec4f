import {
  CONSENT_KEYS,
  DATA_CATEGORIES,
  DATA_DISPOSITIONS,
  NOTIFICATION_CHANNELS,
  RETENTION_DUTIES,
  ROLES,
  type DataCategory,
  type RetentionDuty,
  type Role,
} from '../../../shared/api/enums'
import { timelineFactsSchema } from '../../../shared/api/schemas'
import type { TFunction } from '../../../shared/i18n/i18n'
import { beijingTime } from '../../../shared/lib/working-days'
import { incidentDetail, type DetailWords } from '../../../shared/ui/incident-detail'
import { factsText, labelList } from '../../../shared/ui/timeline-facts'
import '../i18n'

// The backend writes some reasons for machines: counts ("2 item(s)"), a request event's facts as
// JSON, a role change as codes, a refusal in its own English. What is stored (and hashed) stays as
// it is; people read words. A reason of no known shape is one a person wrote: shown as written.

const COUNTED = /^(\d+) (item|event|record)\(s\)(?:; (.+))?$/
// A reset of the demo data names the chains it replaced, by length and last hash.
const REPLACED =
  /^\w+; replaced audit log: (\d+) event\(s\), head (\w+); replaced ledger: (\d+) record\(s\), head (\w+)$/
const ROLE = `(${ROLES.join('|')})`
const CATEGORY = `(${DATA_CATEGORIES.join('|')})`
const DUTY = `(${RETENTION_DUTIES.join('|')})`
const DISPOSITION = `(${DATA_DISPOSITIONS.join('|')})`
const INSTANT = '(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z)'
const REQUEST = '(R\\d+)'
// What a data plan's step did with a category, as its handlers write it.
const KEPT = new RegExp(`^kept under ${DUTY} until (\\d{4}-\\d{2}-\\d{2})$`)
const ALREADY = new RegExp(`^already ${DISPOSITION} at ${INSTANT} by ${REQUEST}$`)

type Say = (
  m: RegExpExecArray,
  t: TFunction,
  staffName: (id: string) => string,
) => DetailWords | string | null

const all = <V extends string>(values: string[], allowed: readonly V[]): values is V[] =>
  values.every((v) => (allowed as readonly string[]).includes(v))
// Each shape's pattern admits only the values of its enum, so a captured one is one of them.
const role = (t: TFunction, value: string | undefined) => t(`common:role.${value as Role}`)
const category = (t: TFunction, value: string | undefined) =>
  t(`common:dataCategory.${value as DataCategory}`)
const disposition = (t: TFunction, value: string | undefined) =>
  t(`common:dataDisposition.${value as (typeof DATA_DISPOSITIONS)[number]}`)

/** What happened to one data category, as the handlers that carry out a plan write it. */
function categoryWhat(what: string, t: TFunction): string | null {
  const kept = KEPT.exec(what)
  if (kept)
    return t('audit:reason.keptUntil', {
      duty: t(`common:retentionDuty.${kept[1] as RetentionDuty}`),
      date: kept[2],
    })
  const done = ALREADY.exec(what)
  if (done)
    return t('audit:reason.alreadyDone', {
      status: disposition(t, done[1]),
      date: beijingTime(done[2]!),
      requestId: done[3],
    })
  if (what === 'held outside the user record') return t('audit:reason.outsideRecord')
  const fields = what.split(', ')
  return fields.every((f) => /^[a-zA-Z]+$/.test(f)) ? labelList(fields, 'userField', t) : null
}

/** Whether `action` is one of `actions`: every action for '', a family for a prefix ('copy.'). */
const writtenBy = (actions: string, action: string) =>
  actions === '' || (/[._]$/.test(actions) ? action.startsWith(actions) : actions === action)

/** Each machine-written shape, by the actions that write it. */
const SHAPES: { actions: string[]; shape: RegExp; say: Say }[] = [
  {
    actions: [''],
    shape: COUNTED,
    say: ([, n, noun, filter], t) => {
      const count = t(`audit:reason.${noun as 'item' | 'event' | 'record'}s`, { count: Number(n) })
      // The filter an export ran (`action=session.`) is what an auditor searches by: kept raw.
      return filter
        ? {
            text: `${count}${t('common:timelineFact.separator')}${t('audit:reason.filter')}`,
            raw: filter,
          }
        : count
    },
  },
  {
    actions: ['staff.'],
    shape: /^(\d+) session\(s\) ended$/,
    say: (m, t) => t('audit:reason.sessionsEnded', { count: Number(m[1]) }),
  },
  {
    actions: ['database.'],
    shape: REPLACED,
    say: (m, t) =>
      t('audit:reason.replaced', {
        events: Number(m[1]),
        auditHead: m[2],
        records: Number(m[3]),
        ledgerHead: m[4],
      }),
  },
  {
    actions: ['staff.role_changed', 'staff.checker_granted'],
    shape: new RegExp(`^${ROLE} -> ${ROLE}$`),
    say: (m, t) =>
      t('audit:reason.roleChanged', {
        from: role(t, m[1]),
        to: role(t, m[2]),
      }),
  },
  {
    actions: ['staff.checker_granted'],
    shape: /^created as lead$/,
    say: (_, t) => t('audit:reason.createdAsLead'),
  },
  {
    actions: ['staff.created'],
    shape: new RegExp(`^(\\S+) as ${ROLE}; activation code sent to (\\S+)$`),
    say: (m, t) =>
      t('audit:reason.staffCreated', {
        username: m[1],
        role: role(t, m[2]),
        contact: m[3],
      }),
  },
  {
    actions: ['staff.password_reset'],
    shape: /^activation code sent to (\S+); (\d+) session\(s\) ended$/,
    say: (m, t) =>
      `${t('audit:reason.codeSent', { contact: m[1] })}${t('common:timelineFact.separator')}${t(
        'audit:reason.sessionsEnded',
        { count: Number(m[2]) },
      )}`,
  },
  {
    actions: ['staff.activation_failed'],
    shape: /^wrong code \((\d+) of (\d+)\)$/,
    say: (m, t) =>
      t('audit:reason.wrongActivationCode', { count: Number(m[1]), max: Number(m[2]) }),
  },
  {
    actions: ['session.sign_in'],
    shape: /^wrong credentials \((\d+) in a row\)$/,
    say: (m, t) => t('audit:reason.wrongCredentials', { count: Number(m[1]) }),
  },
  {
    actions: ['session.sign_in'],
    shape: /^throttled after (\d+) failures$/,
    say: (m, t) => t('audit:reason.throttled', { count: Number(m[1]) }),
  },
  {
    actions: ['calendar.updated', 'settings.updated'],
    shape: /^(\d+) open request\(s\) recomputed$/,
    say: (m, t) => t('audit:reason.recomputed', { count: Number(m[1]) }),
  },
  {
    actions: ['audit.', 'disclosure.'],
    shape: /^append-only$/,
    say: (_, t) => t('audit:reason.appendOnly'),
  },
  {
    actions: ['audit.checkpoints_export', 'disclosure.checkpoints_export'],
    shape: /^(\d+) checkpoint\(s\), (\d+) epoch\(s\)$/,
    say: (m, t) =>
      t('audit:reason.checkpointsExported', { checkpoints: Number(m[1]), epochs: Number(m[2]) }),
  },
  {
    actions: ['audit.checkpoint', 'disclosure.checkpoint'],
    shape: /^(\d+) (?:events|records), head (\w+)$/,
    say: (m, t) => t('audit:reason.checkpointSigned', { count: Number(m[1]), hash: m[2] }),
  },
  { actions: ['copy.'], shape: /^expired$/, say: (_, t) => t('audit:reason.linkExpired') },
  { actions: ['copy.'], shape: /^locked$/, say: (_, t) => t('audit:reason.linkLocked') },
  { actions: ['copy.'], shape: /^code already used$/, say: (_, t) => t('audit:reason.codeUsed') },
  {
    actions: ['copy.wrong_code'],
    shape: /^attempt (\d+)$/,
    say: (m, t) => t('audit:reason.wrongCode', { count: Number(m[1]) }),
  },
  {
    actions: ['user.reveal_refused'],
    shape: /^(\d+) reveals per hour reached$/,
    say: (m, t) => t('audit:reason.revealLimit', { count: Number(m[1]) }),
  },
  {
    actions: ['user.reveal_refused'],
    shape: new RegExp(`^(\\w+) was ${DISPOSITION} on ${INSTANT} by request ${REQUEST}$`),
    say: (m, t) =>
      t('audit:reason.removed', {
        field: t(`common:userField.${m[1]}`, { defaultValue: m[1]! }),
        status: disposition(t, m[2]),
        date: beijingTime(m[3]!),
        requestId: m[4],
      }),
  },
  {
    actions: ['user.data_'],
    shape: new RegExp(`^${CATEGORY}: (.+) \\(${REQUEST}\\)$`),
    say: (m, t) => {
      const what = categoryWhat(m[2]!, t)
      return (
        what &&
        t('audit:reason.category', {
          category: category(t, m[1]),
          what,
          requestId: m[3],
        })
      )
    },
  },
  {
    actions: ['retention.purged'],
    shape: /^(\d+) purged \((.+)\); (\d+) held by a legal hold or an open dispute$/,
    say: (m, t) => {
      const counts = m[2] === 'nothing' ? [] : m[2]!.split(', ').map((c) => c.split(' '))
      if (
        !all(
          counts.map(([c]) => c!),
          DATA_CATEGORIES,
        )
      )
        return null
      return t('audit:reason.purged', {
        count: Number(m[1]),
        held: Number(m[3]),
        list: counts.length
          ? counts
              .map(([c, n]) =>
                t('audit:reason.categoryCount', {
                  category: category(t, c),
                  count: Number(n),
                }),
              )
              .join(t('common:common.listSeparator'))
          : t('audit:reason.purgedNone'),
      })
    },
  },
  {
    actions: ['report.export'],
    shape: /^monthly compliance report \(CSV\)$/,
    say: (_, t) => t('audit:reason.monthlyReport'),
  },
  {
    actions: ['disclosure.application.approved'],
    shape: /^ledger seq (\d+)$/,
    say: (m, t) => t('audit:reason.ledgerSeq', { seq: Number(m[1]) }),
  },
  {
    actions: ['request.user_notified'],
    shape: /^sms: fee quote$/,
    say: (_, t) => t('audit:reason.feeQuoteSms'),
  },
  // The channels a user was told by are stored as codes ("sms, push").
  {
    actions: ['request.user_notified'],
    shape: /^([a-z, ]+)$/,
    say: (m, t, staffName) => {
      const notifiedBy = m[1]!.split(', ')
      return all(notifiedBy, NOTIFICATION_CHANNELS) ? factsText({ notifiedBy }, t, staffName) : null
    },
  },
  // A correction names its request and the fields it wrote ("R000123: phone, idNumber"); a
  // withdrawal of consent, the consents.
  {
    actions: ['user.corrected'],
    shape: /^(R\d+): ([\w, ]+)$/,
    say: (m, t, staffName) =>
      factsText({ requestId: m[1], fields: m[2]!.split(', ') }, t, staffName),
  },
  {
    actions: ['user.consent_withdrawn'],
    shape: /^(R\d+): ([\w, ]+)$/,
    say: (m, t, staffName) => {
      const consents = m[2]!.split(', ')
      return all(consents, CONSENT_KEYS)
        ? factsText({ requestId: m[1], consents }, t, staffName)
        : null
    },
  },
  {
    actions: ['request.'],
    shape: /^\{.*\}$/s,
    say: (m, t, staffName) => {
      let parsed: unknown
      try {
        parsed = JSON.parse(m[0])
      } catch {
        return null
      }
      const facts = timelineFactsSchema.safeParse(parsed)
      return facts.success ? factsText(facts.data, t, staffName) : null
    },
  },
]

const TARGET_DUE = /^due through (\d{4}-\d{2}-\d{2})$/
const INCIDENT = 'incident.'

/**
 * An audit event's reason in the reader's words; a reason a person wrote is shown as written. An
 * incident's event carries the line its history does, and reads the same.
 */
export function auditReason(
  action: string,
  reason: string | null,
  t: TFunction,
  staffName: (id: string) => string,
): DetailWords | null {
  if (reason === null) return null
  if (action.startsWith(INCIDENT)) return incidentDetail(action.slice(INCIDENT.length), reason, t)
  for (const { actions, shape, say } of SHAPES) {
    if (!actions.some((a) => writtenBy(a, action))) continue
    const m = shape.exec(reason)
    const words = m && say(m, t, staffName)
    if (words) return typeof words === 'string' ? { text: words } : words
  }
  return { text: reason }
}

/**
 * What an event is about, where the backend names it for machines: the mock backend itself (a
 * reset, simulated network faults), a purge by its due date.
 */
export function auditTargetText(target: string, t: TFunction): string {
  if (target === 'mock') return t('audit:targetMock')
  const due = TARGET_DUE.exec(target)
  return due ? t('audit:reason.dueThrough', { date: due[1] }) : target
}
