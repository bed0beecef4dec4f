import { describe, expect, it } from 'vitest'
import {
  chineseDate,
  extendedDeadline,
  extensionAllowance,
  extensionNotice,
  type ExtensionSubject,
} from './deadline-extension'
import { officialCalendarYears } from './official-calendar'
import { computeSla, DEFAULT_SLA_SETTINGS, WorkingDayCalendar } from './working-days'

const official = new WorkingDayCalendar(officialCalendarYears())
// Received the Monday before the National Day holidays of 2026: its 10th working day is 16 October.
const RECEIVED = '2026-09-28T09:30:00+08:00'
const end = (date: string) => `${date}T23:59:59.999+08:00`

describe('extensionAllowance', () => {
  // What may still be added to a request received on RECEIVED and not extended yet.
  const allowance = (
    request: Pick<ExtensionSubject, 'type' | 'deadlineAt'> & Partial<ExtensionSubject>,
  ) => extensionAllowance({ receivedAt: RECEIVED, extensionDays: 0, ...request }, official)

  it('lets a cancellation run up to the 10th working day from receipt, holidays not counted', () => {
    const type = 'cancellation'
    expect(allowance({ type, deadlineAt: end('2026-10-13') })).toEqual({
      maxDays: 3,
      refusal: null,
      latestDeadlineAt: end('2026-10-16'),
    })
    expect(allowance({ type, deadlineAt: end('2026-10-16') })).toEqual({
      maxDays: 0,
      refusal: 'cancellation_promise',
      latestDeadlineAt: end('2026-10-16'),
    })
    // A deadline already past the promise (a pause for documents) leaves nothing either.
    expect(allowance({ type, deadlineAt: end('2026-10-20') }).maxDays).toBe(0)
  })

  it('extends another type once, by at most 15 working days, once its clock runs', () => {
    const copy = { type: 'copy', deadlineAt: end('2026-10-20') } as const
    expect(allowance(copy)).toEqual({ maxDays: 15, refusal: null, latestDeadlineAt: null })
    expect(allowance({ ...copy, extensionDays: 4 })).toMatchObject({
      maxDays: 0,
      refusal: 'already_extended',
    })
    expect(allowance({ ...copy, deadlineAt: null })).toMatchObject({
      maxDays: 0,
      refusal: 'clock_not_started',
    })
  })
})

describe('a cancellation deadline with an extension', () => {
  it('never passes the promise, whatever the settings became after the extension', () => {
    const input = {
      type: 'cancellation',
      receivedAt: RECEIVED,
      identityVerifiedAt: null,
      pausedDays: 0,
      extensionDays: 3,
    }
    const shorter = { ...DEFAULT_SLA_SETTINGS, cancellationDeadlineDays: 7 }
    expect(computeSla(input, official, shorter).deadlineAt).toBe(end('2026-10-16'))
    expect(computeSla(input, official, DEFAULT_SLA_SETTINGS).deadlineAt).toBe(end('2026-10-16'))
    // A pause for the requester's documents still moves it, as the contract says.
    expect(computeSla({ ...input, pausedDays: 2 }, official, DEFAULT_SLA_SETTINGS).deadlineAt).toBe(
      end('2026-10-20'),
    )
  })
})

describe('the words of an extension', () => {
  it('names the new deadline as the requester reads dates', () => {
    expect(chineseDate(end('2026-10-16'))).toBe('2026年10月16日')
    // The working day after 30 September is 8 October: the National Day holidays lie between.
    expect(extendedDeadline(end('2026-09-30'), 1, official)).toBe(end('2026-10-08'))
    expect(
      extensionNotice({
        requestId: 'R000123',
        type: 'copy',
        days: 5,
        deadlineAt: end('2026-10-16'),
        reason: ' 需要调取纸质档案 ',
      }),
    ).toBe(
      [
        '【任务易】您的个人信息副本申请（编号 R000123）的办理期限已延长 5 个工作日，新的办理期限为 2026年10月16日。',
        '延长原因：需要调取纸质档案',
        '如有疑问或异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服联系我们。',
      ].join('\n'),
    )
  })
})
