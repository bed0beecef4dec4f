import { Button } from 'antd'
import type { ChangeEvent } from 'react'
import { useTranslation } from '../i18n/i18n'
import './file-picker.css'

interface FilePickerProps {
  id?: string
  accept: string
  /** The chosen file's name, shown beside the button; none says that no file is chosen. */
  fileName?: string
  onChange(event: ChangeEvent<HTMLInputElement>): void
  'aria-describedby'?: string
}

/**
 * A file input that reads in the console's language. A bare `<input type="file">` captions itself
 * in the browser's language ("Choose File", "No file chosen"), whatever the console's is.
 */
export function FilePicker({ id, accept, fileName, onChange, ...aria }: FilePickerProps) {
  const { t } = useTranslation('common')
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={aria['aria-describedby']}
        onChange={onChange}
      />
      <Button tabIndex={-1} aria-hidden>
        {t('common.chooseFile')}
      </Button>
      <span className="file-picker-name" title={fileName}>
        {fileName ?? t('common.noFileChosen')}
      </span>
    </span>
  )
}
