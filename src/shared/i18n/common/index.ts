import { enUS } from './en-US'
import { zhCN } from './zh-CN'

// The shell's words are there from the first render: the runtime starts with them rather than
// registering them like a feature, and the mocks and server-side texts read them directly.
export const commonMessages = { 'zh-CN': zhCN, 'en-US': enUS }
