import { registerMessages } from '../i18n'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    dataPlan: typeof zhCN
  }
}

registerMessages('dataPlan', { 'zh-CN': zhCN, 'en-US': enUS })
