import { enUS } from './en-US'
import { zhCN } from './zh-CN'

// Read directly by the server's exports (like the common words), not registered with the runtime.
export const exportMessages = { 'zh-CN': zhCN, 'en-US': enUS }
