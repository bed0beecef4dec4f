import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import { changedFields, formField, toInput, valuesFromIncident } from './incident-form'
import {
  readList,
  sortOrderOf as sortOrderIn,
  writeList,
} from '../../../shared/list-view/list-spec'
import { INCIDENT_LIST, type IncidentListView } from './list-params'

const readListView = (params: URLSearchParams) => readList(INCIDENT_LIST, params)
const writeListView = (view: Omit<IncidentListView, 'tab'>) =>
  writeList(INCIDENT_LIST, view as IncidentListView)
const sortOrderOf = (sort: string, column: string) => sortOrderIn(INCIDENT_LIST, sort, column)

const incident = {
  title: '日志接口未鉴权',
  severity: 'medium',
  discoveredAt: '2026-03-02T10:00:00.000Z',
  occurredFrom: '2026-03-01T08:00:00.000Z',
  occurredTo: '2026-03-01T20:00:00.000Z',
  dataCategories: ['contact'],
  description: '接口配置变更后无需登录即可访问。',
  impact: '手机号可能外泄。',
  measuresTaken: '已关闭接口。',
  measuresPlanned: '增加鉴权。',
  adviceToUsers: '警惕诈骗电话。',
  remedies: '免费来电提醒。',
} as IncidentDetail

describe('the incident form', () => {
  it('round-trips a record without reporting a change', () => {
    const input = toInput(valuesFromIncident(incident))
    expect(input.occurredFrom).toBe(incident.occurredFrom)
    expect(changedFields(incident, input)).toEqual({})
  })

  it('sends only what changed, with trimmed text', () => {
    const values = valuesFromIncident(incident)
    values.remedies = '  免费来电提醒两年。 '
    values.occurred = [values.occurred[0], dayjs('2026-03-01T22:00:00.000Z')]
    expect(changedFields(incident, toInput(values))).toEqual({
      remedies: '免费来电提醒两年。',
      occurredTo: '2026-03-01T22:00:00.000Z',
    })
  })

  it('puts a server error on either end of the range on the range field', () => {
    expect(formField('occurredTo')).toBe('occurred')
    expect(formField('title')).toBe('title')
  })
})

describe('the list view in the URL', () => {
  it('reads back what it wrote and drops what is invalid', () => {
    const view = {
      filters: { severity: 'high', q: 'I000' },
      sort: 'severity:asc',
      page: 3,
      pageSize: 50,
    }
    expect(readListView(writeListView(view))).toEqual(view)
    expect(readListView(new URLSearchParams('page=-2&pageSize=7&sort=drop table'))).toEqual({
      filters: {},
      sort: undefined,
      page: 1,
      pageSize: 20,
    })
  })

  it('shows the sort of one column only', () => {
    expect(sortOrderOf('affectedCount:desc', 'affectedCount')).toBe('descend')
    expect(sortOrderOf('affectedCount:desc', 'severity')).toBeNull()
  })
})
