import { act, render, screen } from '@testing-library/react'
import { vi } from 'vitest'
import { ROLES, type Role } from '../shared/api/enums'
import { sessionStore } from '../shared/api/session-store'
import { createSession } from '../shared/auth/session-api'
import { parseRoleMatrix, type Access } from '../test/role-matrix'
import { startApp } from './app'
import { SCREEN_ACCESS } from './screen-access'
import { ACCOUNT_OF_ROLE } from '../test/demo-accounts'

// Each screen's page stands in as a heading naming it: what decides shown or refused is the
// route and its guard, which stay the app's own. The pages themselves take seconds each to draw
// here, sixty times over, and have tests of their own.
vi.mock('./route-table', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./route-table')>()
  return {
    ...actual,
    SCREENS: actual.SCREENS.map((s) => ({
      ...s,
      load: () => Promise.resolve(() => <h1>{`screen ${s.path}`}</h1>),
      prefetch: undefined,
    })),
  }
})

// Who may open each screen of the console, written out by hand, never read from the screen list
// it checks: ✓ the screen shows, ✗ the refusal page. The contract speaks of the API only; each
// screen follows who may call what it is for.
const SCREEN_MATRIX = parseRoleMatrix(
  `
  screen                   agent  lead  compliance  admin
  workbench                  ✓      ✓      ✓          ✓
  queue                      ✓      ✓      ✓          ✓
  # Intake creates a request: only those who work requests.
  requests/new               ✓      ✓      ✗          ✗
  requests/:id               ✓      ✓      ✓          ✓
  users/:userId              ✓      ✓      ✓          ✓
  # The ledger's screen records, approves and exports: compliance's. An admin reads the ledger
  # through the API but the screen, as the code has it, is not theirs.
  disclosures                ✗      ✗      ✓          ✗
  # Batch approval of cancellations: a lead's.
  cancellations              ✗      ✓      ✗          ✗
  incidents                  ✗      ✗      ✓          ✓
  incidents/:incidentId      ✗      ✗      ✓          ✓
  reports                    ✗      ✓      ✓          ✓
  audit                      ✗      ✗      ✓          ✓
  retention                  ✗      ✗      ✓          ✓
  admin/staff                ✗      ✗      ✗          ✓
  admin/calendar             ✗      ✗      ✗          ✓
  admin/settings             ✗      ✗      ✗          ✓
  `,
  ROLES,
)

const FORBIDDEN_TITLE = '无权访问'

const SAMPLE: Record<string, string> = {
  id: 'R000001',
  userId: 'U000001',
  incidentId: 'I000001',
}

function concretePath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = SAMPLE[name]
    if (value === undefined) throw new Error(`no sample value for path parameter ${name}`)
    return value
  })
}

/** Opens the console as the role, as the page does (`startApp`), and visits each screen in turn. */
async function openScreensAs(role: Role): Promise<Record<string, Access | string>> {
  const { token } = await createSession(ACCOUNT_OF_ROLE[role], 'Demo@2026')
  sessionStore.setToken(token)
  // Not at '/': its redirect to the role's home could land after the first visit below.
  window.history.replaceState(null, '', `/${concretePath(SCREEN_MATRIX[0]!.key)}`)
  const { App, router } = startApp()
  const view = render(<App />)
  const answered: Record<string, Access | string> = {}
  try {
    for (const row of SCREEN_MATRIX) {
      const path = `/${concretePath(row.key)}`
      await act(() => router.navigate(path))
      expect(router.state.location.pathname).toBe(path)
      const drawn = await screen.findByRole('heading', {
        level: 1,
        name: (name) => name === FORBIDDEN_TITLE || name === `screen ${row.key}`,
      })
      answered[row.key] = drawn.textContent === FORBIDDEN_TITLE ? '✗' : '✓'
    }
  } finally {
    view.unmount()
    router.dispose()
    sessionStore.clear()
  }
  return answered
}

describe('the role matrix of the screens', () => {
  it('has one row for every screen of the console, and no other', () => {
    const defined = SCREEN_ACCESS.map((s) => s.path as string)
    const written = SCREEN_MATRIX.map((r) => r.key)
    expect(written.filter((path) => !defined.includes(path))).toEqual([])
    expect(defined.filter((path) => !written.includes(path))).toEqual([])
  })

  it.each(ROLES)('shows each screen to %s, or refuses it, as written', async (role) => {
    const expected = Object.fromEntries(SCREEN_MATRIX.map((row) => [row.key, row.access[role]]))
    expect(await openScreensAs(role)).toEqual(expected)
  })
})
