import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  takeOver: {
    title: "Take over {{owner}}'s request {{id}}?",
    body: '{{owner}} is working this request now. Once you take it over you are its assignee, {{owner}} can no longer act on it, and its timeline records that you took it over.',
    ok: 'Take over',
  },
  notYours: '{{owner}} is working this request: only the assignee or a lead may act on it.',
})
