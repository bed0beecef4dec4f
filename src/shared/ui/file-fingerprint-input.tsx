import { Typography } from 'antd'
import { useState } from 'react'

import { fingerprintFile, type FileFingerprint } from '../lib/file-fingerprint'
import { FilePicker } from './file-picker'

export type { FileFingerprint }

interface FileFingerprintInputProps {
  id?: string
  value?: FileFingerprint
  onChange?(value: FileFingerprint | undefined): void
  'aria-describedby'?: string
}

/**
 * A file picker that hands the form only the file's name, size and SHA-256: the bytes stay in
 * the browser, which is all a fingerprinted evidence record needs.
 */
export function FileFingerprintInput({ id, value, onChange, ...aria }: FileFingerprintInputProps) {
  const [hashing, setHashing] = useState(false)
  return (
    <div>
      <FilePicker
        id={id}
        accept="image/*,application/pdf"
        fileName={value?.name}
        aria-describedby={aria['aria-describedby']}
        onChange={async (event) => {
          const file = event.target.files?.[0]
          if (!file) return onChange?.(undefined)
          setHashing(true)
          try {
            onChange?.(await fingerprintFile(file))
          } finally {
            setHashing(false)
          }
        }}
      />
      {value && !hashing && (
        <Typography.Text type="secondary" data-raw style={{ display: 'block', fontSize: 12 }}>
          SHA-256 {value.sha256.slice(0, 16)}…
        </Typography.Text>
      )}
    </div>
  )
}
