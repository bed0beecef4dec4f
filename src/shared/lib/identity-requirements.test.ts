import { describe, expect, it } from 'vitest'
import { expectResults } from '../../test/table'
import { officialCalendarYears } from './official-calendar'
import { WorkingDayCalendar } from './working-days'
import {
  autoCloseAt,
  creditedEvidence,
  identityRequirements,
  isAutoCloseDue,
  missingRequirements,
  requirementStatus,
  unverifiedSince,
} from './identity-requirements'
import type { AutoCheck } from './identity-requirements-checks'

const adult = { ageGroup: 'adult' } as const
const minor = { ageGroup: 'minor' } as const

describe('identityRequirements', () => {
  it('asks each requester path for what it has to prove', () => {
    expect(identityRequirements('self').map((r) => r.key)).toEqual(['user_identity'])
    expect(identityRequirements('guardian').map((r) => r.key)).toEqual([
      'requester_identity',
      'guardianship',
      'user_is_minor',
    ])
    expect(identityRequirements('next_of_kin').map((r) => r.key)).toEqual([
      'requester_identity',
      'death',
      'relationship',
    ])
    expect(identityRequirements('agent_authorised').map((r) => r.key)).toEqual([
      'requester_identity',
      'authorisation',
      'user_identity',
    ])
  })
})

describe('missingRequirements', () => {
  it('accepts any one way of proving the user is who they say', () => {
    expectResults(missingRequirements, [
      [['self', [], adult], ['user_identity']],
      [['self', ['sms_code'], adult], []],
      [['self', ['real_name'], adult], []],
      [['self', ['id_card_front', 'id_card_back'], adult], ['user_identity']],
      [['self', ['id_card_front', 'id_card_back', 'id_card_holding'], adult], []],
      // A written request alone does not prove identity.
      [['self', ['written_request'], adult], ['user_identity']],
    ])
  })

  it('needs the guardian, the guardianship and a minor', () => {
    expectResults(missingRequirements, [
      [
        ['guardian', ['sms_code'], minor],
        ['requester_identity', 'guardianship'],
      ],
      [['guardian', ['requester_id'], minor], ['guardianship']],
      [['guardian', ['requester_id', 'household_register'], minor], []],
      [['guardian', ['requester_id', 'birth_certificate'], minor], []],
      [['guardian', ['requester_id', 'birth_certificate'], adult], ['user_is_minor']],
    ])
  })

  it('needs a death certificate and proof of relationship from next of kin', () => {
    expectResults(missingRequirements, [
      [['next_of_kin', ['requester_id', 'death_certificate'], adult], ['relationship']],
      [['next_of_kin', ['requester_id', 'death_certificate', 'relationship_proof'], adult], []],
    ])
  })

  it('needs a power of attorney and the principal from an agent', () => {
    expectResults(missingRequirements, [
      [['agent_authorised', ['requester_id', 'power_of_attorney'], adult], ['user_identity']],
      [['agent_authorised', ['requester_id', 'power_of_attorney', 'sms_code'], adult], []],
    ])
  })

  it('reports every requirement with its status', () => {
    expect(
      requirementStatus('guardian', ['requester_id'], minor).map((r) => [r.key, r.satisfied]),
    ).toEqual([
      ['requester_identity', true],
      ['guardianship', false],
      ['user_is_minor', true],
    ])
  })
})

describe('creditedEvidence', () => {
  const check = (key: AutoCheck['key'], ok: boolean): AutoCheck => ({
    key,
    ok,
    problem: null,
    value: null,
  })
  it('credits a real-name check only when every automatic check behind it passed', () => {
    const all = [
      check('id_number_valid', true),
      check('name_matches', true),
      check('id_number_matches', true),
    ]
    expect(creditedEvidence(['real_name'], all, [])).toEqual(['real_name'])
    expect(
      creditedEvidence(['real_name'], [...all.slice(0, 2), check('id_number_matches', false)], []),
    ).toEqual([])
    expect(creditedEvidence(['real_name'], [], [])).toEqual([])
  })

  it('credits a document only when it is on file, and an ID number only when valid', () => {
    expect(creditedEvidence(['sms_code', 'household_register'], [], [])).toEqual(['sms_code'])
    expect(creditedEvidence(['household_register'], [], ['household_register'])).toEqual([
      'household_register',
    ])
    expect(creditedEvidence(['requester_id'], [check('requester_id_valid', false)], [])).toEqual([])
    expect(creditedEvidence(['requester_id'], [check('requester_id_valid', true)], [])).toEqual([
      'requester_id',
    ])
  })
})

describe('auto-close of unverified requests', () => {
  const calendar = new WorkingDayCalendar(officialCalendarYears())
  const base = {
    receivedAt: '2026-09-21T10:00:00+08:00',
    identityVerifiedAt: null,
    status: 'identity_pending',
    deadlineAt: null,
    timeline: [{ at: '2026-09-21T10:00:00+08:00', action: 'requester_reminded' }],
  }

  it('counts working days from the reminder, skipping the National Day holiday', () => {
    // 09-25 (Mid-autumn) and 10-01 … 10-07 are holidays; 10-10 is an in-lieu working Saturday.
    expect(autoCloseAt(base, calendar, 15)).toEqual({
      at: '2026-10-19T23:59:59.999+08:00',
      provisional: false,
    })
    expect(isAutoCloseDue(base, calendar, 15, Date.parse('2026-10-19T23:00:00+08:00'))).toBe(false)
    expect(isAutoCloseDue(base, calendar, 15, Date.parse('2026-10-20T00:00:01+08:00'))).toBe(true)
  })

  it('never closes a request whose requester was not reminded, or whose own deadline passed', () => {
    const late = Date.parse('2026-12-01T00:00:00+08:00')
    expect(isAutoCloseDue({ ...base, timeline: [] }, calendar, 15, late)).toBe(false)
    expect(isAutoCloseDue(base, calendar, 15, late)).toBe(true)
    expect(
      isAutoCloseDue({ ...base, deadlineAt: '2026-11-30T23:59:59.999+08:00' }, calendar, 15, late),
    ).toBe(false)
  })

  it('restarts when documents are asked for or arrive, and never closes a verified request', () => {
    const asked = {
      ...base,
      timeline: [
        ...base.timeline,
        { at: '2026-10-12T09:00:00+08:00', action: 'identity_need_more' },
        { at: '2026-09-30T09:00:00+08:00', action: 'note_added' },
      ],
    }
    expect(unverifiedSince(asked)).toBe('2026-10-12T09:00:00+08:00')
    expect(isAutoCloseDue(asked, calendar, 15, Date.parse('2026-10-21T12:00:00+08:00'))).toBe(false)
    expect(
      isAutoCloseDue(
        { ...base, identityVerifiedAt: '2026-09-22T10:00:00+08:00' },
        calendar,
        15,
        Date.parse('2027-01-01T00:00:00+08:00'),
      ),
    ).toBe(false)
    expect(
      isAutoCloseDue(
        { ...base, status: 'in_review' },
        calendar,
        15,
        Date.parse('2027-01-01T00:00:00+08:00'),
      ),
    ).toBe(false)
  })
})
