import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ShortcutsHelp } from './shortcuts-help'
import { useShortcuts } from './use-shortcuts'

function Screen({ log, enabled = true }: { log: string[]; enabled?: boolean }) {
  useShortcuts(
    { c: () => log.push('c'), '?': () => log.push('help'), Enter: () => log.push('enter') },
    enabled,
  )
  return (
    <>
      <input aria-label="备注" />
      <textarea aria-label="原因" />
      <button type="button">保存</button>
      <p>正文</p>
    </>
  )
}

afterEach(() => document.querySelectorAll('[data-open-dialog]').forEach((el) => el.remove()))

/** A dialog on screen: jsdom lays nothing out, so its box is given. */
function openDialog() {
  const dialog = document.createElement('div')
  dialog.setAttribute('role', 'dialog')
  dialog.setAttribute('data-open-dialog', '')
  dialog.getClientRects = () => [new DOMRect(0, 0, 100, 100)] as unknown as DOMRectList
  document.body.append(dialog)
}

describe('useShortcuts', () => {
  it('runs the key pressed on the page', () => {
    const log: string[] = []
    render(<Screen log={log} />)
    fireEvent.keyDown(screen.getByText('正文'), { key: 'c' })
    fireEvent.keyDown(document.body, { key: '?' })
    fireEvent.keyDown(document.body, { key: 'x' })
    expect(log).toEqual(['c', 'help'])
  })

  it('stays quiet while the person types in a field', () => {
    const log: string[] = []
    render(<Screen log={log} />)
    fireEvent.keyDown(screen.getByLabelText('备注'), { key: 'c' })
    fireEvent.keyDown(screen.getByLabelText('原因'), { key: '?' })
    expect(log).toEqual([])
  })

  it('stays quiet while a dialog is open, and with a modifier held', () => {
    const log: string[] = []
    render(<Screen log={log} />)
    fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true })
    fireEvent.keyDown(document.body, { key: 'c', metaKey: true })
    openDialog()
    fireEvent.keyDown(document.body, { key: 'c' })
    expect(log).toEqual([])
  })

  it('leaves Enter on a focused button to the button', () => {
    const log: string[] = []
    render(<Screen log={log} />)
    fireEvent.keyDown(screen.getByRole('button', { name: '保存' }), { key: 'Enter' })
    fireEvent.keyDown(document.body, { key: 'Enter' })
    expect(log).toEqual(['enter'])
  })

  it('does nothing when switched off', () => {
    const log: string[] = []
    render(<Screen log={log} enabled={false} />)
    fireEvent.keyDown(document.body, { key: 'c' })
    expect(log).toEqual([])
  })
})

describe('ShortcutsHelp', () => {
  it('lists each key beside what it does, under its title', async () => {
    render(
      <ShortcutsHelp
        title="键盘快捷键"
        keys={[
          ['c', '接手此请求'],
          ['?', '显示本帮助'],
        ]}
        onClose={() => undefined}
      />,
    )
    const dialog = await screen.findByRole('dialog', { name: '键盘快捷键' })
    const rows = [...dialog.querySelectorAll('tr')].map((tr) => tr.textContent)
    expect(rows).toEqual(['c接手此请求', '?显示本帮助'])
  })
})
