import { registerMessages } from '../../shared/i18n/i18n'
import { enUS } from './messages-en'
import { zhCN } from './messages-zh'

registerMessages('disclosures', { 'zh-CN': zhCN, 'en-US': enUS })
