import { registerMessages } from '../../shared/i18n/i18n'
import { reportMessages } from './messages'

registerMessages('reports', reportMessages)
