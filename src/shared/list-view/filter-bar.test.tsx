import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../test/render'
import { FilterBar, SearchFilter, SelectFilter } from './filter-bar'

function Bar({ onSearch }: { onSearch(q: string): void }) {
  const [q, setQ] = useState<string | undefined>('abc')
  return (
    <FilterBar label="Filter requests" resetLabel="Clear" onReset={() => setQ(undefined)}>
      <SearchFilter
        label="Search"
        width={200}
        value={q}
        onSearch={(text) => {
          onSearch(text)
          setQ(text || undefined)
        }}
      />
    </FilterBar>
  )
}

describe('the filter bar', () => {
  it('is a search landmark whose text field starts from the list’s search and applies on Enter', async () => {
    const onSearch = vi.fn()
    render(<Bar onSearch={onSearch} />)
    expect(screen.getByRole('search', { name: 'Filter requests' })).toBeInTheDocument()
    const field = screen.getByRole('searchbox', { name: 'Search' })
    expect(field).toHaveValue('abc')
    await userEvent.clear(field)
    await userEvent.type(field, 'R000123')
    expect(onSearch).not.toHaveBeenCalled()
    await userEvent.type(field, '{Enter}')
    expect(onSearch).toHaveBeenCalledWith('R000123')
  })

  it('empties what was typed when it is reset, even text never searched for', async () => {
    render(<Bar onSearch={() => {}} />)
    const field = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(field, 'more')
    expect(field).toHaveValue('abcmore')
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('on Esc empties the field, gives up the focus and tells the list, which clears its search', async () => {
    const onEscape = vi.fn()
    render(
      <SearchFilter
        label="Search"
        width={200}
        value="R000123"
        onSearch={() => {}}
        onEscape={onEscape}
      />,
    )
    const field = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(field, '9')
    expect(field).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(field).toHaveValue('')
    expect(field).not.toHaveFocus()
    expect(onEscape).toHaveBeenCalledTimes(1)
  })

  it('spaces every filter and the reset button apart, each its own item of the bar', () => {
    render(
      <FilterBar label="Filter requests" resetLabel="Clear" onReset={() => {}}>
        <SearchFilter label="First" width={100} value={undefined} onSearch={() => {}} />
        <SearchFilter label="Second" width={100} value={undefined} onSearch={() => {}} />
      </FilterBar>,
    )
    const item = (el: HTMLElement) => el.closest('.ant-space-item')
    const first = item(screen.getByRole('searchbox', { name: 'First' }))
    const second = item(screen.getByRole('searchbox', { name: 'Second' }))
    const reset = item(screen.getByRole('button', { name: 'Clear' }))
    expect(first).not.toBeNull()
    expect(new Set([first, second, reset]).size).toBe(3)
  })
})

const STATUSES = [
  { value: 'identity_pending', label: '待核验身份' },
  { value: 'in_review', label: '审核中' },
  { value: 'completed', label: '已完成' },
]

function StatusFilter({ initial, onChange }: { initial?: string; onChange(value?: string): void }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <button type="button">Before</button>
      <SelectFilter
        label="状态"
        multiple
        value={value}
        options={STATUSES}
        style={{ minWidth: 180 }}
        onChange={(next) => {
          setValue(next)
          onChange(next)
        }}
      />
    </>
  )
}

/** The antd select drawn for the filter, if it has taken the stand-in's place. */
const antdSelect = () => document.querySelector('.ant-select')

describe('a select filter', () => {
  it('first draws a plain field with the chosen values in their words, in the order chosen', () => {
    renderWithProviders(<StatusFilter initial="in_review,identity_pending" onChange={() => {}} />)
    const field = screen.getByRole('combobox', { name: '状态' })
    expect(field).toHaveTextContent('审核中、待核验身份')
    expect(antdSelect()).toBeNull()
  })

  it('shows its name where nothing is chosen', () => {
    renderWithProviders(<StatusFilter onChange={() => {}} />)
    expect(screen.getByRole('combobox', { name: '状态' })).toHaveTextContent('状态')
  })

  it('is the select, open, once pressed (a touch with no pointer over it first), and reports what is chosen in it', async () => {
    const changes: (string | undefined)[] = []
    renderWithProviders(<StatusFilter initial="in_review" onChange={(v) => changes.push(v)} />)
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '状态' }))
    const list = await screen.findByRole('listbox')
    expect(antdSelect()).not.toBeNull()
    await userEvent.setup().click(within(document.body).getByTitle('已完成'))
    expect(changes).toEqual(['in_review,completed'])
    expect(list).toBeInTheDocument()
  })

  it('opens for a click with the mouse, which comes over it first', async () => {
    renderWithProviders(<StatusFilter onChange={() => {}} />)
    const user = userEvent.setup()
    await user.hover(screen.getByRole('combobox', { name: '状态' }))
    await waitFor(() => expect(antdSelect()).not.toBeNull())
    await user.click(screen.getByRole('combobox', { name: '状态' }))
    expect(await screen.findByRole('listbox')).toBeInTheDocument()
  })

  it('is the select, with the focus, once reached by keyboard', async () => {
    renderWithProviders(<StatusFilter onChange={() => {}} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Before' }))
    await user.tab()
    await waitFor(() => expect(antdSelect()).not.toBeNull())
    const select = screen.getByRole('combobox', { name: '状态' })
    expect(antdSelect()).toContainElement(select)
    await waitFor(() => expect(select).toHaveFocus())
  })

  it('shows what the list has applied, not a choice the list has yet to take up', async () => {
    const changes: (string | undefined)[] = []
    // The list's value stays as it was, as while the URL's change is still being rendered.
    renderWithProviders(
      <SelectFilter
        label="依据"
        value={undefined}
        options={[
          { value: 'consent', label: '同意' },
          { value: 'contract', label: '合同' },
        ]}
        style={{ minWidth: 180 }}
        onChange={(next) => changes.push(next)}
      />,
    )
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '依据' }))
    await screen.findByRole('listbox')
    await userEvent.setup().click(within(document.body).getByTitle('同意'))
    expect(changes).toEqual(['consent'])
    expect(antdSelect()).not.toHaveTextContent('同意')
    expect(antdSelect()).toHaveTextContent('依据')
  })

  it('is the select, without taking the focus, once the pointer comes over it', async () => {
    renderWithProviders(<StatusFilter onChange={() => {}} />)
    const user = userEvent.setup()
    await user.hover(screen.getByRole('combobox', { name: '状态' }))
    await waitFor(() => expect(antdSelect()).not.toBeNull())
    expect(document.body).toHaveFocus()
  })
})
