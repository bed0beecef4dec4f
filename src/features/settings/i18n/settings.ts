import { registerMessages } from '../../../shared/i18n/i18n'

registerMessages('settings', {
  'zh-CN': {
    settings: {
      title: '设置',
      sla: {
        title: '时限、费用、查看限制与事件报告',
        hint: '保存后，所有进行中请求的目标日期和期限将按新设置重新计算。',
        cancellationTargetDays: '账号注销目标（工作日）',
        cancellationDeadlineDays: '账号注销期限（工作日）',
        otherDeadlineDays: '其他请求期限（身份核验通过后，工作日）',
        freeRequestsPerYear: '每位用户每年免费请求次数（超出可收取成本费）',
        unverifiedAutoCloseDays: '身份未核验自动关闭（天）',
        copyLinkValidDays: '副本下载链接有效期（天）',
        revealsPerHour: '每人每小时最多查看完整信息次数',
        regulatorReportHoursLow: '一般事件向监管部门报告的时限（发现后，小时；0 为不设时限）',
        regulatorReportHoursMedium: '较大事件向监管部门报告的时限（发现后，小时）',
        regulatorReportHoursHigh: '重大事件向监管部门报告的时限（发现后，小时）',
        regulatorReportHoursCritical: '特别重大事件向监管部门报告的时限（发现后，小时）',
        rule: {
          cancellationTargetDays: '不超过注销期限，也不超过 10 个工作日',
          cancellationDeadlineDays:
            '最多 10 个工作日：隐私政策 6(5) 承诺在收到注销申请后 10 个工作日内办结',
          otherDeadlineDays: '最多 15 个工作日（自身份核验通过起算）',
          regulatorReportHoursLow:
            '《国家网络安全事件报告管理办法》（2025）对一般事件未规定报告时限；0 表示不设时限',
          regulatorReportHoursMajor:
            '最多 4 小时：较大及以上事件最迟在发现后 4 小时内报告（《国家网络安全事件报告管理办法》，2025）；关键信息基础设施运营者须在 1 小时内报告',
        },
        range: '请输入 {{min}}–{{max}} 之间的整数',
        freeAtLeastOne:
          '至少 1 次：合理的请求免费（隐私政策 6(8)），只有超出免费次数的副本与访问请求可收费',
        targetAfterDeadline: '目标不能晚于期限（{{deadline}} 个工作日）',
        saved: '设置已保存；{{count}} 个进行中请求的期限已重新计算。',
      },
      network: {
        title: '网络条件模拟',
        hint: '仅影响本浏览器中的模拟后端，用于演示慢速或不稳定网络下的控制台。此设置本身不受故障影响；离线时请勿刷新页面，否则无法恢复登录。',
        latencyMs: '延迟（毫秒）',
        failureRate: '失败率（0–1）',
        offline: '离线',
        save: '应用',
        clear: '全部关闭',
        active: '故障模拟已开启',
        inactive: '网络正常',
        saved: '网络条件已更新',
      },
      reset: {
        title: '重置演示数据',
        hint: '把所有请求、用户、披露记录和审计日志恢复为初始种子数据。员工的登录状态保留。',
        button: '重置演示数据…',
        confirmTitle: '确定重置全部演示数据？',
        confirmBody:
          '当前的所有更改（请求处理、新建员工、日历与设置修改等）都将丢失，且无法撤销。审计日志会重新开始，第一条记录谁在何时重置，以及被替换的日志的条数和末条哈希；已有的检查点仍可导出。',
        typeToConfirm: '请输入 {{word}} 以确认',
        confirm: '重置',
        done: '演示数据已重置为初始种子，页面上的所有数据已重新载入。',
      },
    },
    tag: {
      offline: '网络故障模拟：离线',
      faults: '网络故障模拟：{{parts}}',
      latency: '延迟 {{ms}} 毫秒',
      failure: '失败率 {{percent}}%',
    },
  },
  'en-US': {
    settings: {
      title: 'Settings',
      sla: {
        title: 'Deadlines, fees, reveal limit and incident reports',
        hint: 'When saved, the target and deadline of every open request are recomputed with the new settings.',
        cancellationTargetDays: 'Cancellation target (working days)',
        cancellationDeadlineDays: 'Cancellation deadline (working days)',
        otherDeadlineDays: 'Other requests deadline (after identity check, working days)',
        freeRequestsPerYear: 'Free requests per user per year (a cost fee may apply beyond)',
        unverifiedAutoCloseDays: 'Close unverified requests after (days)',
        copyLinkValidDays: 'Copy download link valid for (days)',
        revealsPerHour: 'Reveals of full values per staff member per hour',
        regulatorReportHoursLow:
          'Report a general (一般) incident to the regulator within (hours from discovery; 0 for no set time)',
        regulatorReportHoursMedium:
          'Report a relatively major (较大) incident within (hours from discovery)',
        regulatorReportHoursHigh: 'Report a major (重大) incident within (hours from discovery)',
        regulatorReportHoursCritical:
          'Report an especially major (特别重大) incident within (hours from discovery)',
        rule: {
          cancellationTargetDays:
            'No later than the cancellation deadline, nor than 10 working days',
          cancellationDeadlineDays:
            'At most 10 working days: policy 6(5) promises a cancellation within 10 working days of the request',
          otherDeadlineDays: 'At most 15 working days (from when identity is verified)',
          regulatorReportHoursLow:
            'The national measures on reporting cybersecurity incidents (2025) set no time for a general incident; 0 sets none',
          regulatorReportHoursMajor:
            'At most 4 hours: a relatively major or graver incident is reported within 4 hours of its discovery (national measures, 2025); an operator of critical information infrastructure within 1 hour',
        },
        range: 'Enter a whole number from {{min}} to {{max}}',
        freeAtLeastOne:
          'At least 1: reasonable requests are free (policy 6(8)); only copy and access requests beyond the allowance may carry a fee',
        targetAfterDeadline:
          'The target cannot be later than the deadline ({{deadline}} working days)',
        saved: 'Settings saved; deadlines of {{count}} open requests were recomputed.',
      },
      network: {
        title: 'Network conditions',
        hint: 'Affects only the mock backend in this browser, to show the console on a slow or unreliable network. This control itself is never affected; do not reload the page while offline, or the session cannot be restored.',
        latencyMs: 'Latency (ms)',
        failureRate: 'Failure rate (0–1)',
        offline: 'Offline',
        save: 'Apply',
        clear: 'Turn all off',
        active: 'Faults are on',
        inactive: 'Network normal',
        saved: 'Network conditions updated',
      },
      reset: {
        title: 'Reset demo data',
        hint: 'Puts every request, user, disclosure and audit event back to the seed. Staff stay signed in.',
        button: 'Reset demo data…',
        confirmTitle: 'Reset all demo data?',
        confirmBody:
          'Every change made so far (request work, new staff, calendar and settings edits) is lost and cannot be undone. The audit log starts again, its first event recording who reset it, when, and the length and last hash of the log it replaced; the existing checkpoints can still be exported.',
        typeToConfirm: 'Type {{word}} to confirm',
        confirm: 'Reset',
        done: 'The demo data is back to the seed; everything on screen was reloaded.',
      },
    },
    tag: {
      offline: 'Network faults: offline',
      faults: 'Network faults: {{parts}}',
      latency: '{{ms}} ms latency',
      failure: '{{percent}}% failures',
    },
  },
})
