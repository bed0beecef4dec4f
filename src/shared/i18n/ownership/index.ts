import { registerMessages } from '../i18n'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    ownership: typeof zhCN
  }
}

registerMessages('ownership', {
  'zh-CN': zhCN,
  'en-US': () => import('./en-US').then((m) => m.enUS),
})
