import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n/i18n'
import { incidentDetail } from './incident-detail'

const zh = i18n.getFixedT('zh-CN')
const en = i18n.getFixedT('en-US')

describe('incidentDetail', () => {
  it.each([
    [
      'campaign_sent',
      'I000003-C1 sms to 337 user(s)',
      'I000003-C1：以短信发送给 337 位用户',
      'I000003-C1: sent by SMS to 337 users',
    ],
    [
      'campaign_retried',
      'I000003-C1: 37 failed deliveries retried',
      'I000003-C1：重发 37 条失败的通知',
      'I000003-C1: 37 failed notices sent again',
    ],
    [
      'announcement_published',
      'app_notice, website at 2026-11-20T02:00:47.366Z',
      '发布于 App 公告栏、官方网站，时间 2026-11-20 10:00',
      'Published on App notice board, Official website at 2026-11-20 10:00',
    ],
    [
      'users_imported',
      '3 added, 1 already listed, 2 rejected (lines 4, 7)',
      '加入 3 位，已在名单中 1 位，未通过 2 行（第 4、7 行）',
      '3 added, 1 already listed, 2 lines rejected (lines 4, 7)',
    ],
    [
      'updated',
      'title, severity, occurredFrom',
      '修改了：事件标题、事件级别、开始时间',
      'Changed: Title, Severity, From',
    ],
    ['updated', 'no change', '没有改动', 'Nothing changed'],
    ['created', 'critical: 数据库被拖库', '特别重大：数据库被拖库', 'Critical: 数据库被拖库'],
  ])('reads %s’s “%s” in words', (action, detail, inChinese, inEnglish) => {
    expect(incidentDetail(action, detail, zh)).toEqual({ text: inChinese })
    expect(incidentDetail(action, detail, en)).toEqual({ text: inEnglish })
  })

  it('keeps the query a user list was built from as it was sent, beside the words', () => {
    expect(incidentDetail('users_added', '12 by query: region=浙江', zh)).toEqual({
      text: '按条件加入 12 位用户；条件：',
      raw: 'region=浙江',
    })
  })

  it('shows a line of another shape as written', () => {
    expect(incidentDetail('regulator_reported', '宁波市网信办 NBWX-2026-0140', zh)).toEqual({
      text: '宁波市网信办 NBWX-2026-0140',
    })
    expect(incidentDetail('campaign_sent', 'something else', zh)).toEqual({
      text: 'something else',
    })
    // A summary a person wrote on closing, even one that looks like a list of words.
    expect(incidentDetail('closed', 'done, reported', zh)).toEqual({ text: 'done, reported' })
    expect(incidentDetail('created', 'urgent: 数据库被拖库', zh)).toEqual({
      text: 'urgent: 数据库被拖库',
    })
  })
})
