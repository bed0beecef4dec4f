import { registerMessages } from '../i18n'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    checklist: typeof zhCN
  }
}

registerMessages('checklist', { 'zh-CN': zhCN, 'en-US': enUS })
