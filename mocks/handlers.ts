import { adminHandlers } from './handlers/admin'
import { requestHandlers } from './handlers/requests'
import { sessionHandlers } from './handlers/session'
import { userHandlers } from './handlers/users'

export const handlers = [...sessionHandlers, ...requestHandlers, ...userHandlers, ...adminHandlers]
