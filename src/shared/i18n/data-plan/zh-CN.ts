// The words of a data plan and of what the user was told: shared by cancellation and deletion.

export const zhCN = {
  plan: {
    title: '数据处理计划',
    preview: '批准后将按此计划处理（预览）',
    category: '数据类别',
    action: '处理方式',
    duty: '保存依据',
    purgeOn: '到期删除日',
    state: '执行情况',
    done: '已执行 {{at}}',
    pending: '待执行',
    execute: '执行数据处理计划',
    executeStep: '执行',
    executeOne: '执行：{{category}}',
    progress: '数据处理进度',
    progressText: '已执行 {{done}}/{{total}} 项',
    completed: '已于 {{at}} 全部执行完毕',
    none: '—',
  },
  confirm: {
    title: '执行数据处理计划？',
    titleOne: '执行“{{category}}”的处理？',
    body: '将处理 {{user}}（{{userId}}）的 {{count}} 类数据，执行后无法恢复：',
    delete: '删除 {{count}} 类：{{list}}',
    anonymise: '匿名化 {{count}} 类：{{list}}',
    keep: '依法保存 {{count}} 类，到期删除：{{list}}',
    keptUntil: '{{category}}（保存至 {{date}}）',
    told: '全部执行后，将以短信告知 {{user}} 已删除、已匿名化和依法保存的数据。',
    ok: '确认执行 {{count}} 类',
    done: '数据处理计划已执行：{{count}} 类数据（删除 {{deleted}} 类，匿名化 {{anonymised}} 类，依法保存 {{kept}} 类）。',
    doneTold:
      '数据处理计划已执行：{{count}} 类数据（删除 {{deleted}} 类，匿名化 {{anonymised}} 类，依法保存 {{kept}} 类），已短信告知 {{user}}。',
    doneOne: '已执行：{{user}}（{{userId}}）的{{category}}已{{action}}。',
    doneOneTold:
      '已执行：{{user}}（{{userId}}）的{{category}}已{{action}}；数据处理计划全部执行完毕，已短信告知 {{user}}。',
  },
  notify: {
    title: '用户通知',
    sms: '短信',
    push: 'App 推送',
    to: '发送至 {{to}}',
    toApp: '发送至用户 App',
    none: '尚未通知用户',
  },
}
