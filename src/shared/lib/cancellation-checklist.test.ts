import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cancellationChecklist,
  cancellationDeadline,
  type ChecklistUser,
} from './cancellation-checklist'
import { officialCalendarYears } from './official-calendar'
import { WorkingDayCalendar } from './working-days'

const clean: ChecklistUser = {
  accountStatus: 'active',
  walletBalance: 0,
  withdrawalArranged: false,
  unfinishedTasksAsWorker: 0,
  unfinishedTasksAsPublisher: 0,
  openDisputes: 0,
  openComplaints: 0,
  legalHold: null,
}
const verified = { identityVerifiedAt: '2026-10-12T10:00:00+08:00' }

describe('cancellationChecklist', () => {
  it('passes a verified user with nothing open', () => {
    const result = cancellationChecklist(verified, clean)
    expect(result.ok).toBe(true)
    expect(result.blocking).toEqual([])
    expect(result.items.map((i) => i.key)).toEqual([
      'identity_verified',
      'no_unfinished_tasks',
      'wallet_settled',
      'no_open_disputes',
      'no_legal_hold',
      'account_in_good_standing',
    ])
  })

  it('names each blocking item with the data behind it', () => {
    const result = cancellationChecklist(
      { identityVerifiedAt: null },
      { ...clean, unfinishedTasksAsPublisher: 3, legalHold: '法院冻结' },
    )
    expect(result.ok).toBe(false)
    expect(result.blocking).toEqual(['identity_verified', 'no_unfinished_tasks', 'no_legal_hold'])
    const tasks = result.items.find((i) => i.key === 'no_unfinished_tasks')
    expect(tasks).toEqual({
      key: 'no_unfinished_tasks',
      ok: false,
      data: { unfinishedTasksAsWorker: 0, unfinishedTasksAsPublisher: 3 },
    })
    expect(result.items.find((i) => i.key === 'no_legal_hold')?.data).toEqual({
      legalHold: '法院冻结',
    })
  })

  it('lets a wallet balance through only when a withdrawal is arranged', () => {
    expect(cancellationChecklist(verified, { ...clean, walletBalance: 12.5 }).blocking).toEqual([
      'wallet_settled',
    ])
    expect(
      cancellationChecklist(verified, { ...clean, walletBalance: 12.5, withdrawalArranged: true })
        .ok,
    ).toBe(true)
  })

  it('blocks on a dispute or a complaint alone', () => {
    expect(cancellationChecklist(verified, { ...clean, openDisputes: 1 }).blocking).toEqual([
      'no_open_disputes',
    ])
    expect(cancellationChecklist(verified, { ...clean, openComplaints: 1 }).blocking).toEqual([
      'no_open_disputes',
    ])
  })

  it.each(['sealed', 'under_investigation', 'cancelled'] as const)(
    'blocks an account that is %s',
    (accountStatus) => {
      expect(cancellationChecklist(verified, { ...clean, accountStatus }).blocking).toEqual([
        'account_in_good_standing',
      ])
    },
  )

  it('property: ok exactly when nothing blocks, and blocking lists the failed items in order', () => {
    fc.assert(
      fc.property(
        fc.record({
          accountStatus: fc.constantFrom('active', 'sealed', 'under_investigation', 'cancelled'),
          walletBalance: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e5, noNaN: true })),
          withdrawalArranged: fc.boolean(),
          unfinishedTasksAsWorker: fc.nat(5),
          unfinishedTasksAsPublisher: fc.nat(5),
          openDisputes: fc.nat(3),
          openComplaints: fc.nat(3),
          legalHold: fc.option(fc.string({ minLength: 1 }), { nil: null }),
        }),
        fc.boolean(),
        (user, isVerified) => {
          const result = cancellationChecklist(
            { identityVerifiedAt: isVerified ? verified.identityVerifiedAt : null },
            user,
          )
          expect(result.ok).toBe(result.blocking.length === 0)
          expect(result.blocking).toEqual(result.items.filter((i) => !i.ok).map((i) => i.key))
          const anyTask = user.unfinishedTasksAsWorker + user.unfinishedTasksAsPublisher > 0
          expect(result.blocking.includes('no_unfinished_tasks')).toBe(anyTask)
        },
      ),
    )
  })
})

describe('cancellationDeadline', () => {
  const calendar = new WorkingDayCalendar(officialCalendarYears())
  // Deadline: end of Friday 2026-10-16.
  const request: Parameters<typeof cancellationDeadline>[0] = {
    status: 'in_review',
    deadlineAt: '2026-10-16T23:59:59.999+08:00',
  }
  // Where the request stands at `now`.
  const at = (now: string, on = request) => cancellationDeadline(on, now, calendar)

  it('is on track with more than two working days left', () => {
    expect(at('2026-10-12T09:00:00+08:00')).toEqual({ flag: 'on_track', workingDaysLeft: 4 })
  })

  it('flags for leads within two working days of the deadline', () => {
    expect(at('2026-10-14T09:00:00+08:00')).toEqual({ flag: 'due_soon', workingDaysLeft: 2 })
    expect(at('2026-10-16T18:00:00+08:00')).toEqual({ flag: 'due_soon', workingDaysLeft: 0 })
  })

  it('counts the in-lieu Saturday before the National Day holiday as a working day', () => {
    // 2026-10-10 (Saturday) is worked; from Thursday 10-08, (10-08, 10-12] holds 09, 10 and 12.
    const early = { ...request, deadlineAt: '2026-10-12T23:59:59.999+08:00' }
    expect(at('2026-10-08T09:00:00+08:00', early)).toEqual({ flag: 'on_track', workingDaysLeft: 3 })
  })

  it('is overdue once the deadline has passed', () => {
    expect(at('2026-10-19T09:00:00+08:00')).toEqual({ flag: 'overdue', workingDaysLeft: -1 })
  })

  it.each(['awaiting_requester', 'approved', 'completed', 'rejected', 'withdrawn'] as const)(
    'does not run while %s',
    (status) => {
      expect(at('2026-10-19T09:00:00+08:00', { ...request, status })).toEqual({
        flag: 'not_running',
        workingDaysLeft: null,
      })
    },
  )
})
