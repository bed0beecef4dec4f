import { registerMessages } from '../i18n'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    ownership: typeof zhCN
  }
}

registerMessages('ownership', { 'zh-CN': zhCN, 'en-US': enUS })
