import { z } from 'zod/mini'

// Every schema is written with zod/mini: its functions tree-shake, where classic zod's methods
// bring the whole library into each page. zod/mini carries no messages of its own; the English
// ones are what the API answers with in `details.fields` and what a response that fails to
// parse reports.
z.config(z.locales.en())

// zod/mini parses without compiling code (no `new Function`), so it runs under the
// Content-Security-Policy, which has no 'unsafe-eval', with no setting of its own.

export { z }
