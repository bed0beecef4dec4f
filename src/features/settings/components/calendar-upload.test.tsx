import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { apiRequest } from '../../../shared/api/http-client'
import { calendarYearSchema } from '../../../shared/api/schemas'
import { renderWithProviders, signInAs } from '../../../test/render'
import { CalendarUpload } from './calendar-upload'

// Hand-made test data, not the official 2027 calendar. 2027-01-01 is a Friday, 2027-01-09 a Saturday.
const GOOD = JSON.stringify(
  { year: 2027, holidays: { '2027-01-01': '测试假日' }, workdays: { '2027-01-09': '测试调休' } },
  null,
  2,
)
const BAD = `{
  "year": 2027,
  "holidays": {
    "2027-01-01": "测试假日",
    "2027-02-30": "不存在的日期",
    "2026-12-31": "上一年"
  },
  "workdays": {
    "2027-01-04": "周一不能调休"
  }
}`

const json = (text: string, name: string) => new File([text], name, { type: 'application/json' })
const year2027 = () => apiRequest(calendarYearSchema, '/calendar/2027')

async function upload(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(await screen.findByRole('button', { name: '从 JSON 文件载入…' }))
  const dialog = await screen.findByRole('dialog', { name: '从文件载入 2027 年日历' })
  await user.upload(within(dialog).getByLabelText('日历文件'), file)
  await user.click(within(dialog).getByRole('button', { name: '载入' }))
  return dialog
}

// Each test seeds a fresh backend and drives antd by events: slow on a busy machine.
describe('loading a calendar year from a file', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    resetMockBackend()
    await signInAs('admin01')
  })

  it('lists every bad line with its reason and changes nothing', async () => {
    const user = userEvent.setup({ delay: null })
    const onSaved = vi.fn()
    renderWithProviders(<CalendarUpload year={2027} version={0} onSaved={onSaved} />)
    const dialog = await upload(user, json(BAD, 'bad-2027.json'))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('文件中有 3 处错误，日历未做任何更改')
    const lines = within(within(alert).getByTestId('calendar-problems')).getAllByRole('listitem')
    expect(lines.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^第 5 行: 节假日 2027-02-30：没有这一天$/),
      expect.stringMatching(/^第 6 行: 节假日 2026-12-31：不在 2027 年内$/),
      expect.stringMatching(/^第 9 行: 调休上班日 2027-01-04：调休上班日必须是周六或周日$/),
    ])
    expect(alert).toHaveTextContent(/关联编号: c-/)

    const after = await year2027()
    expect(after).toMatchObject({ loaded: false, source: 'none', holidays: {}, workdays: {} })
    expect(onSaved).not.toHaveBeenCalled()
    expect(dialog).toBeVisible()
  })

  it('loads a good file, closes the dialog and reports how many deadlines were recomputed', async () => {
    const user = userEvent.setup({ delay: null })
    const onSaved = vi.fn()
    renderWithProviders(<CalendarUpload year={2027} version={0} onSaved={onSaved} />)
    await upload(user, json(GOOD, 'good-2027.json'))

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.any(Number)))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await year2027()).toMatchObject({
      loaded: true,
      source: 'admin',
      version: 1,
      holidays: { '2027-01-01': '测试假日' },
      workdays: { '2027-01-09': '测试调休' },
    })
  })
})
