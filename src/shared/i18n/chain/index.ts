import { registerMessages } from '../i18n'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    chain: typeof zhCN
  }
}

registerMessages('chain', { 'zh-CN': zhCN, 'en-US': () => import('./en-US').then((m) => m.enUS) })
