import type { Incident, IncidentTimelineEvent } from '../../src/shared/api/incident-schemas'
import {
  categoriesText,
  composeTemplate,
  CONTACT_TEXT,
} from '../../src/shared/lib/incident-template'
import type { Database } from './database'

// Two handled incidents, so the screens and the API have something real to show from the start:
// I000001 still open (reported within 4 hours, notified by SMS with some deliveries failed, no
// announcement yet) and I000002 closed.
// Nothing random: the seed of the other tables is not disturbed.

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

interface Scenario {
  incident: Omit<Incident, 'affectedCount' | 'timeline' | 'version'>
  userIds: string[]
  timeline: IncidentTimelineEvent[]
}

function smsOutage(db: Database, now: number): Scenario {
  const discovered = now - 6 * DAY
  const from = now - 9 * DAY
  const userIds = db.users
    .all()
    .filter((u) => u.region === '浙江省宁波市海曙区' && Date.parse(u.registeredAt) < from)
    .map((u) => u.id)
  const sections = {
    incident:
      '9 月初，我们的短信服务商接口配置错误，您的姓名与手机号可能被他人查询到。可能的影响：收到冒充平台的诈骗电话或短信。',
    categories: categoriesText(['profile', 'contact'], 'zh-CN'),
    measures: '我们已于发现当日关闭该接口、更换密钥并完成排查，后续将引入接口访问审计。',
    advice:
      '请勿向任何人透露验证码；平台不会以任何理由要求您转账。如接到可疑来电请挂断并拨打客服热线核实。',
    remedies:
      '受影响用户可免费开通来电风险提醒服务一年；因本事件遭受损失的，可联系客服热线申请赔偿。',
    contact: CONTACT_TEXT['zh-CN'],
  }
  return {
    userIds,
    incident: {
      id: 'I000001',
      status: 'open',
      title: '短信服务商接口配置错误导致部分用户姓名与手机号可被查询',
      severity: 'high',
      discoveredAt: iso(discovered),
      occurredFrom: iso(from),
      occurredTo: iso(now - 7 * DAY),
      dataCategories: ['profile', 'contact'],
      description:
        '短信服务商在一次配置变更后，未经鉴权即可按手机号前缀查询收件人姓名，持续约两天。',
      impact: sections.incident,
      measuresTaken: '关闭接口、轮换密钥、排查访问日志。',
      measuresPlanned: '接口访问审计；对服务商开展安全评估。',
      adviceToUsers: sections.advice,
      remedies: sections.remedies,
      createdBy: 'S004',
      createdAt: iso(discovered + 3_600_000),
      closedAt: null,
      closedBy: null,
      campaigns: [
        {
          id: 'I000001-C1',
          channel: 'sms',
          templateZh: composeTemplate(sections, 'zh-CN', '【任务易】尊敬的用户：'),
          templateEn: null,
          sentAt: iso(now - 5 * DAY),
          sentBy: 'S004',
          recipients: userIds.length,
          retries: 0,
        },
      ],
      announcement: null,
      regulatorReports: [
        {
          id: 'I000001-R1',
          authority: '浙江省互联网信息办公室',
          // Within the 4 hours the national measures allow a 重大 (high) incident.
          submittedAt: iso(discovered + 3 * 3_600_000),
          referenceNumber: 'ZJWX-2026-0137',
          content: '报告事件经过、涉及用户数量、已采取的处置措施及对用户的告知情况。',
          attachments: [{ name: '事件处置报告.pdf', size: 183_214, sha256: 'b'.repeat(64) }],
          recordedBy: 'S004',
          recordedAt: iso(discovered + 3 * 3_600_000 + 600_000),
        },
      ],
    },
    timeline: [
      { at: iso(discovered + 3_600_000), actorId: 'S004', action: 'created', detail: null },
      {
        at: iso(discovered + 7_200_000),
        actorId: 'S004',
        action: 'users_added',
        detail: `${userIds.length} by query: region=浙江省宁波市海曙区`,
      },
      {
        at: iso(discovered + 3 * 3_600_000 + 600_000),
        actorId: 'S004',
        action: 'regulator_reported',
        detail: '浙江省互联网信息办公室 ZJWX-2026-0137',
      },
      {
        at: iso(now - 5 * DAY),
        actorId: 'S004',
        action: 'campaign_sent',
        detail: `I000001-C1 sms to ${userIds.length} user(s)`,
      },
    ],
  }
}

function misdirectedExport(now: number): Scenario {
  const discovered = now - 40 * DAY
  const userIds = Array.from({ length: 12 }, (_, i) => `U${String(i + 10).padStart(6, '0')}`)
  const announcement = composeTemplate(
    {
      incident: '一份含 12 名用户姓名与任务记录的导出文件被误发至外部邮箱，收件方已确认删除。',
      categories: categoriesText(['profile', 'task_history'], 'zh-CN'),
      contact: CONTACT_TEXT['zh-CN'],
      measures: '我们已收回并核实删除该文件，并为导出功能增加了收件人白名单。',
      advice: '如收到自称平台工作人员索要信息的邮件，请勿回复并向客服举报。',
      remedies: '受影响用户可联系客服热线获得一对一说明，并可申请注销或删除相关信息。',
    },
    'zh-CN',
  )
  return {
    userIds,
    incident: {
      id: 'I000002',
      status: 'closed',
      title: '客服导出文件误发至外部邮箱',
      severity: 'low',
      discoveredAt: iso(discovered),
      occurredFrom: iso(discovered - DAY),
      occurredTo: iso(discovered - DAY + 600_000),
      dataCategories: ['profile', 'task_history'],
      description: '客服人员在导出任务记录时误填收件人邮箱，文件发送至一家合作企业的公共邮箱。',
      impact: '姓名与任务记录为收件方所见，未见进一步传播。',
      measuresTaken: '联系收件方删除并书面确认；当事员工已接受培训。',
      measuresPlanned: '导出功能增加收件人白名单与二次确认。',
      adviceToUsers: '警惕冒充平台的邮件。',
      remedies: '一对一说明；可申请注销或删除。',
      createdBy: 'S004',
      createdAt: iso(discovered),
      closedAt: iso(discovered + 9 * DAY),
      closedBy: 'S004',
      campaigns: [],
      announcement: {
        textZh: announcement,
        textEn: null,
        publishAt: iso(discovered + 2 * DAY),
        venues: ['app_notice', 'website'],
        impracticalAt: iso(discovered + DAY),
        impracticalReason: '受影响用户中多人已注销账号或更换手机号，无法逐一送达通知。',
        recordedBy: 'S004',
        recordedAt: iso(discovered + 2 * DAY),
      },
      regulatorReports: [
        {
          id: 'I000002-R1',
          authority: '宁波市互联网信息办公室',
          submittedAt: iso(discovered + 3 * DAY),
          referenceNumber: 'NBWX-2026-0021',
          content: '报告误发经过、收件方删除确认及整改措施。',
          attachments: [],
          recordedBy: 'S004',
          recordedAt: iso(discovered + 3 * DAY),
        },
      ],
    },
    timeline: [
      { at: iso(discovered), actorId: 'S004', action: 'created', detail: null },
      {
        at: iso(discovered + 3_600_000),
        actorId: 'S004',
        action: 'users_imported',
        detail: '12 added, 0 already listed, 0 rejected',
      },
      {
        at: iso(discovered + 2 * DAY),
        actorId: 'S004',
        action: 'announcement_published',
        detail: 'app_notice, website',
      },
      {
        at: iso(discovered + 3 * DAY),
        actorId: 'S004',
        action: 'regulator_reported',
        detail: '宁波市互联网信息办公室 NBWX-2026-0021',
      },
      {
        at: iso(discovered + 9 * DAY),
        actorId: 'S004',
        action: 'closed',
        detail: '用户已告知，整改完成。',
      },
    ],
  }
}

export async function seedIncidents(db: Database, now: number): Promise<void> {
  for (const { incident, userIds, timeline } of [smsOutage(db, now), misdirectedExport(now)]) {
    const source = incident.id === 'I000002' ? 'import' : 'query'
    const addedAt = timeline[1]!.at
    await db.incidents.insert({
      ...incident,
      affectedCount: userIds.length,
      timeline,
      version: timeline.length,
    })
    await db.incidentUsers.insertMany(
      userIds.map((userId) => ({
        key: `${incident.id}:${userId}`,
        incidentId: incident.id,
        userId,
        source,
        addedAt,
        addedBy: 'S004',
      })),
    )
    for (const c of incident.campaigns) {
      await db.incidentDeliveries.insertMany(
        userIds.map((userId) => ({
          id: `${c.id}:${userId}`,
          incidentId: incident.id,
          campaignId: c.id,
          userId,
          attempt: 1,
          attemptAt: c.sentAt,
        })),
      )
    }
  }
}
