// @vitest-environment node
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import {
  recordDisclosureInputSchema,
  disclosureApplicationInputSchema,
} from '../../../shared/api/disclosure-schemas'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import {
  basisDefaults,
  formPath,
  toRequestBody,
  valuesFromRecord,
  type RecordFormValues,
} from './record-form'

const base: RecordFormValues = {
  basis: 'consent',
  userIds: ['U000001'],
  recipient: { name: '某保险公司', type: 'company', contact: 'service@example.cn' },
  dataItems: ['name'],
  purpose: '投保',
  disclosedAt: dayjs('2026-10-08T09:30:00+08:00'),
  consentReference: 'C-1',
  legalDocument: {
    authority: '某局',
    documentType: '协助查询通知书',
    documentNumber: '1号',
    provision: '某条',
  },
  exemptionClause: 3,
  exemptionJustification: '公共卫生事件应急处置',
  applicant: {
    name: '李四',
    idNumber: '11010519491231002X',
    contact: '13912345678',
    claim: '任务报酬纠纷，需要起诉',
  },
  evidence: [{ name: 'a.pdf', size: 1, sha256: 'a'.repeat(64) }],
}

describe('toRequestBody', () => {
  it('sends only the fields of the chosen basis, in the shape the server validates', () => {
    const consent = toRequestBody(base, null)
    expect(consent).not.toHaveProperty('legalDocument')
    expect(consent).toMatchObject({ basis: 'consent', consentReference: 'C-1', userNotified: true })
    expect(Date.parse((consent as { disclosedAt: string }).disclosedAt)).toBe(
      Date.parse('2026-10-08T01:30:00Z'),
    )
    expect(recordDisclosureInputSchema.safeParse(consent).success).toBe(true)

    const legal = toRequestBody(
      { ...base, basis: 'legal_process', recipient: { ...base.recipient, type: 'authority' } },
      null,
    )
    expect(legal).not.toHaveProperty('consentReference')
    expect(legal).not.toHaveProperty('userNotified')
    expect(recordDisclosureInputSchema.safeParse(legal).success).toBe(true)

    const exemption = toRequestBody({ ...base, basis: 'exemption' }, null)
    expect(exemption).toMatchObject({ exemptionClause: 3, userNotified: false })

    const application = toRequestBody({ ...base, basis: 'third_party_application' }, null)
    expect(application).not.toHaveProperty('disclosedAt')
    const { basis: _basis, ...body } = application as { basis: string }
    expect(disclosureApplicationInputSchema.safeParse(body).success).toBe(true)
  })

  it('adds what a correction needs', () => {
    expect(toRequestBody({ ...base, correctionReason: '收件人错了' }, 12)).toMatchObject({
      corrects: 12,
      correctionReason: '收件人错了',
    })
    expect(toRequestBody({ ...base, correctionReason: '收件人错了' }, null)).not.toHaveProperty(
      'corrects',
    )
  })
})

describe('the form helpers', () => {
  it('locks the data items of privacy dialing and keeps legal process confidential', () => {
    expect(basisDefaults('privacy_dialing')).toContainEqual([
      ['dataItems'],
      ['name', 'phone', 'idNumber', 'idPortraitPhoto'],
    ])
    expect(basisDefaults('legal_process')).toContainEqual([['confidential'], true])
  })

  it('starts a correction from the record, without the masked numbers', () => {
    const record = {
      basis: 'third_party_application',
      userIds: ['U000002'],
      recipient: { name: '李四', type: 'individual', contact: '139****5678' },
      applicant: {
        name: '李四',
        idNumber: '110105********002X',
        contact: '139****5678',
        claim: '纠纷',
      },
      dataItems: ['name'],
      purpose: '诉讼',
      disclosedAt: '2026-10-08T01:30:00Z',
      evidence: [],
      consentReference: null,
      legalDocument: null,
      exemptionClause: null,
      exemptionJustification: null,
      userNotified: true,
      confidential: false,
    } as unknown as DisclosureRecord
    const values = valuesFromRecord(record)
    expect(values.recipient?.contact).toBe('')
    expect(values.applicant).toMatchObject({ name: '李四', idNumber: '', contact: '' })
  })

  it('maps the server field names onto the form', () => {
    expect(formPath('recipient.type')).toEqual(['recipient', 'type'])
    expect(formPath('evidence.0.sha256')).toEqual(['evidence'])
    expect(formPath('userIds')).toEqual(['userIds'])
  })
})
