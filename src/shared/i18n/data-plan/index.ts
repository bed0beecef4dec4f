import { registerMessages } from '../i18n'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    dataPlan: typeof zhCN
  }
}

registerMessages('dataPlan', {
  'zh-CN': zhCN,
  'en-US': () => import('./en-US').then((m) => m.enUS),
})
