import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Table } from 'antd'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { resetLanguage } from '../../test/language'
import { renderWithProviders } from '../../test/render'
import { defineList } from './list-spec'
import { useListView } from './use-list-view'

const LIST = defineList({ filters: {} })

function Rows() {
  const list = useListView(LIST)
  return (
    <>
      <output data-testid="search">{useLocation().search}</output>
      <Table
        rowKey="id"
        size="middle"
        columns={[{ title: '编号', dataIndex: 'id' }]}
        dataSource={[{ id: 'R1' }]}
        {...list.table<{ id: string }>(120)}
      />
    </>
  )
}

const pagination = () => document.querySelector('.ant-pagination') as HTMLElement

describe("a list's page-size select", () => {
  afterEach(resetLanguage)

  it('first draws a plain field that names the page size in words', () => {
    renderWithProviders(<Rows />, { route: '/?pageSize=50' })
    const field = within(pagination()).getByRole('combobox', { name: '每页条数' })
    expect(field).toHaveTextContent('50 条/页')
    expect(pagination().querySelector('.ant-select')).toBeNull()
  })

  it('is the select, open, once pressed, and a size chosen in it goes to the URL from the first page', async () => {
    renderWithProviders(<Rows />, { route: '/?page=3&pageSize=50' })
    fireEvent.mouseDown(within(pagination()).getByRole('combobox', { name: '每页条数' }))
    const list = await screen.findByRole('listbox')
    expect(pagination().querySelector('.ant-select')).not.toBeNull()
    const offered = within(document.body)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent)
    expect(list).toBeInTheDocument()
    expect(offered).toEqual(['20 条/页', '50 条/页', '100 条/页'])
    await userEvent.setup().click(within(document.body).getByTitle('100 条/页'))
    expect(await screen.findByTestId('search')).toHaveTextContent(/^\?pageSize=100$/)
  })

  it('speaks English when the console does', () => {
    localStorage.setItem('console.language', 'en-US')
    renderWithProviders(<Rows />, { route: '/?pageSize=100' })
    expect(within(pagination()).getByRole('combobox', { name: 'Rows per page' })).toHaveTextContent(
      '100 / page',
    )
  })
})
