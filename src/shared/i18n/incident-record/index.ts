import { registerMessages } from '../i18n'
import { zhCN } from './zh-CN'

declare module '../i18n' {
  interface Namespaces {
    incidentRecord: typeof zhCN
  }
}

registerMessages('incidentRecord', {
  'zh-CN': zhCN,
  'en-US': () => import('./en-US').then((m) => m.enUS),
})
