import { registerMessages } from '../i18n'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    disclosureBasis: typeof zhCN
  }
}

registerMessages('disclosureBasis', { 'zh-CN': zhCN, 'en-US': enUS })
