import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Providers } from '../../test/render'
import { FilePicker } from './file-picker'

function Picker() {
  const [name, setName] = useState<string>()
  return (
    <>
      <label htmlFor="f">日历文件</label>
      <FilePicker
        id="f"
        accept=".json"
        fileName={name}
        onChange={(e) => setName(e.target.files?.[0]?.name)}
      />
    </>
  )
}

describe('FilePicker', () => {
  it('captions itself in the console’s language and names the chosen file', async () => {
    render(<Picker />, { wrapper: Providers })
    const picker = screen.getByLabelText('日历文件').parentElement!
    expect(picker).toHaveTextContent('选择文件未选择文件')
    await userEvent.upload(screen.getByLabelText('日历文件'), new File(['{}'], '2027.json'))
    expect(picker).toHaveTextContent('选择文件2027.json')
    // The caption is for the eye; the input under it is what is labelled and focused.
    expect(screen.queryByRole('button')).toBeNull()
  })
})
