import { registerMessages } from '../i18n'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    errors: typeof zhCN
  }
}

registerMessages('errors', { 'zh-CN': zhCN, 'en-US': enUS })
