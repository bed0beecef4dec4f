import { registerMessages } from '../../../shared/i18n/i18n'
import { zhCN } from './zh-CN'

declare module '../../../shared/i18n/i18n' {
  interface Namespaces {
    retention: typeof zhCN
  }
}

registerMessages('retention', {
  'zh-CN': zhCN,
  'en-US': () => import('./en-US').then((m) => m.enUS),
})
