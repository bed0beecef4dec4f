import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { FileFingerprint } from '../lib/file-fingerprint'
import { FingerprintedFilesInput } from './fingerprinted-files-input'

// Hashing is tested with the fingerprint itself; here a file's "hash" is looked up by its name.
const HASHES: Record<string, string> = { 'again.pdf': 'aaa', 'new.pdf': 'bbb' }
vi.mock('../lib/file-fingerprint', () => ({
  fingerprintFile: (file: File) =>
    Promise.resolve({ name: file.name, size: file.size, sha256: HASHES[file.name] }),
}))

function Field({ initial = [] as FileFingerprint[], onChange = (_: FileFingerprint[]) => {} }) {
  const [value, setValue] = useState(initial)
  return (
    <FingerprintedFilesInput
      value={value}
      onChange={(next) => {
        onChange(next)
        setValue(next)
      }}
      addLabel="Add file"
      hint="Only fingerprints are kept."
      removeLabel={(name) => `Remove ${name}`}
    />
  )
}

describe('FingerprintedFilesInput', () => {
  it('records the files chosen together in one change, replacing a file chosen again', async () => {
    const onChange = vi.fn()
    const ui = userEvent.setup()
    const { container } = render(
      <Field initial={[{ name: 'old.pdf', size: 10, sha256: 'aaa' }]} onChange={onChange} />,
    )
    expect(screen.getByRole('button', { name: /Add file/ })).toBeInTheDocument()
    expect(screen.getByText('Only fingerprints are kept.')).toBeInTheDocument()

    await ui.upload(container.querySelector('input[type="file"]') as HTMLInputElement, [
      new File(['aaa'], 'again.pdf'),
      new File(['b'.repeat(2000)], 'new.pdf'),
    ])

    expect(await screen.findByText('again.pdf')).toBeInTheDocument()
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith([
      { name: 'again.pdf', size: 3, sha256: 'aaa' },
      { name: 'new.pdf', size: 2000, sha256: 'bbb' },
    ])
    expect(screen.queryByText('old.pdf')).toBeNull()
    expect(screen.getByText('(2 KB)')).toBeInTheDocument()
    expect(screen.getByText('sha256:bbb')).toBeInTheDocument()
  })

  it('removes a file by its named remove button', async () => {
    const ui = userEvent.setup()
    render(
      <Field
        initial={[
          { name: 'a.pdf', size: 1, sha256: '1' },
          { name: 'b.pdf', size: 1, sha256: '2' },
        ]}
      />,
    )
    await ui.click(screen.getByRole('button', { name: 'Remove a.pdf' }))
    expect(screen.queryByText('a.pdf')).toBeNull()
    expect(screen.getByText('b.pdf')).toBeInTheDocument()
  })
})
