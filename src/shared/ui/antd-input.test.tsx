import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Input, SearchInput } from './antd-input'

describe('antd-input', () => {
  it('draws a plain field with its suffix', () => {
    render(<Input aria-label="名称" defaultValue="甲" suffix={<span data-testid="suffix" />} />)
    expect(screen.getByRole('textbox', { name: '名称' })).toHaveValue('甲')
    expect(screen.getByTestId('suffix')).toBeInTheDocument()
  })

  it('searches for what was typed when Enter is pressed or the search button is clicked', async () => {
    const searches: string[] = []
    render(<SearchInput aria-label="搜索" onSearch={(value) => searches.push(value)} />)
    const field = screen.getByRole('searchbox', { name: '搜索' })
    await userEvent.type(field, 'R000001{Enter}')
    await userEvent.clear(field)
    await userEvent.type(field, '张')
    await userEvent.click(screen.getByRole('button'))
    expect(searches).toEqual(['R000001', '张'])
  })
})
