import { useQuery } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { createIncident } from '../../../../mocks/handlers/incident-test-api'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { incidentQueries } from '../api/incident-api'
import { CsvImport } from './csv-import'

beforeAll(() => resetMockBackend())

function Loaded({ id }: { id: string }) {
  const detail = useQuery(incidentQueries.detail(id))
  return detail.data ? (
    <>
      <div data-testid="affected">{detail.data.affectedCount}</div>
      <CsvImport incident={detail.data} readOnly={false} />
    </>
  ) : null
}

/** A new incident's import card, with the file chosen. */
async function choose(name: string, csv: string) {
  const { id } = await createIncident()
  await signInAs('compliance01')
  const ui = userEvent.setup()
  const { container } = renderWithProviders(<Loaded id={id} />)
  await screen.findByRole('button', { name: /选择 CSV 文件/ })
  await ui.upload(
    container.querySelector('input[type="file"]') as HTMLInputElement,
    new File([csv], name, { type: 'text/csv' }),
  )
  return { id, ui }
}

describe('CsvImport', { timeout: 90_000 }, () => {
  it('previews the file, imports the good lines and lists every bad one with its reason', async () => {
    const csv = ['U000001', 'U000002', 'bad', 'U000001', 'U000009,多余'].join('\r\n')
    const { id, ui } = await choose('ids.csv', csv)
    expect(await screen.findByText('已选择：ids.csv，5 行数据')).toBeInTheDocument()
    expect(screen.getByText('文件中有 3 行不能导入（导入时将跳过并列出）')).toBeInTheDocument()

    await ui.click(screen.getByRole('button', { name: '导入' }))
    const result = await screen.findByTestId('import-result')
    expect(within(result).getByText('已导入 2 人；0 人已在名单中；3 行未导入')).toBeInTheDocument()
    const rows = within(result).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent)).toEqual([
      '3bad不是有效的用户ID（应为 U 加 6 位数字）',
      '4U000001与第 1 行重复',
      '5U000009,多余多出其他列（无表头时每行只能有用户ID）',
    ])
    expect(await screen.findByTestId('affected')).toHaveTextContent('2')
    const links = (await getBackend()).db.incidentUsers.all().filter((a) => a.incidentId === id)
    expect(links.map((a) => [a.userId, a.source])).toEqual([
      ['U000001', 'import'],
      ['U000002', 'import'],
    ])
  })

  it('refuses a file too large to send before sending it, and says to split it', async () => {
    // 9,000 user IDs: about 72 KB, over the API's 64 KiB limit on a body.
    const csv = Array.from({ length: 9_000 }, (_, i) => `U${String(i + 1).padStart(6, '0')}`).join(
      '\r\n',
    )
    await choose('many.csv', csv)
    expect(
      await screen.findByText('文件超过 60,000 个字符，请拆分成几个文件分别导入'),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '导入' })).toBeDisabled()
  })
})
