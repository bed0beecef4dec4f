import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { apiText } from '../../../shared/api/http-client'
import { i18n } from '../../../shared/i18n/i18n'
import { resetLanguage } from '../../../test/language'
import { renderWithProviders, signInAs } from '../../../test/render'
import { useListView } from '../../../shared/list-view/use-list-view'
import { AUDIT_LIST } from '../model/audit-params'
import { AuditTable } from './audit-table'

function AuditTableAtUrl() {
  return <AuditTable list={useListView(AUDIT_LIST)} />
}

const signInRows = async () => {
  const table = await screen.findByRole('table', { name: /审计|audit/i })
  const codes = await within(table).findAllByText('session.sign_in')
  return codes.map((code) => code.closest('td') as HTMLElement)
}

describe('the audit table', () => {
  beforeAll(async () => {
    resetMockBackend()
    await signInAs('compliance01')
  }, 60_000)
  beforeEach(() => signInAs('compliance01'))
  afterEach(resetLanguage)

  it('names each action in words, with its code beside them for searching', async () => {
    renderWithProviders(<AuditTableAtUrl />, { route: '/?action=session.sign_in' })
    const [cell] = await signInRows()
    expect(cell).toHaveTextContent(/^登录session\.sign_in$/)
    expect(within(cell!).getByText('session.sign_in').closest('code')).not.toBeNull()
  })

  it('names them in English when the console is switched to English', async () => {
    renderWithProviders(<AuditTableAtUrl />, { route: '/?action=session.sign_in' })
    await signInRows()
    act(() => i18n.changeLanguage('en-US'))
    const [cell] = await signInRows()
    expect(cell).toHaveTextContent(/^Signed insession\.sign_in$/)
  })

  it('puts the counts the backend writes into the reason into words', async () => {
    await apiText('/audit-events/export.csv', { query: { action: 'session.' } })
    renderWithProviders(<AuditTableAtUrl />, { route: '/?action=audit.export' })
    const table = await screen.findByRole('table', { name: '审计事件' })
    // The filter itself is raw text for auditors, in its own element within the cell.
    const cell = await within(table).findByText(
      (_, el) =>
        el?.tagName === 'TD' && /^\d+ 条事件；筛选条件：action=session\.$/.test(el.textContent),
    )
    expect(cell.querySelector('code[data-raw]')).toHaveTextContent(/^action=session\.$/)
  })
})
