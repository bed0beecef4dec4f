import { z } from 'zod/mini'

// Every schema is written with zod/mini: its functions tree-shake, where classic zod's methods
// bring the whole library into each page. zod/mini carries no messages of its own: the backend
// sets the English ones it answers with in `details.fields` (mocks/backend-instance.ts); in the
// browser a response that fails to parse is reported by path and code, for developers.

// zod/mini parses without compiling code (no `new Function`), so it runs under the
// Content-Security-Policy, which has no 'unsafe-eval', with no setting of its own.

export { z }
