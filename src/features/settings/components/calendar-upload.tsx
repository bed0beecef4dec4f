import { Button, Modal, Typography } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useSaveCalendar } from '../api/calendar-api'
import '../i18n'
import { CalendarProblems } from './calendar-problems'
import { useAppTokens } from '../../../shared/ui/theme'
import { readText } from '../../../shared/lib/read-text'
import { FilePicker } from '../../../shared/ui/file-picker'

const format = (year: number, name: string) => `{
  "year": ${year},
  "holidays": { "YYYY-MM-DD": "${name}", … },
  "workdays": { "YYYY-MM-DD": "${name}", … }
}`

interface CalendarUploadProps {
  year: number
  /** The year's version as loaded (0 if not stored yet), sent as If-Match. */
  version: number
  onSaved(recomputed: number): void
}

/** Replaces a whole year from a JSON file; the server applies all of it or none of it. */
export function CalendarUpload({ year, version, onSaved }: CalendarUploadProps) {
  const token = useAppTokens()
  const { t } = useTranslation('settings')
  const inputId = useId()
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [readError, setReadError] = useState<Error | null>(null)
  const save = useSaveCalendar(year, version)

  const close = () => {
    setOpen(false)
    setFile(null)
    setReadError(null)
    save.reset()
  }

  const apply = async () => {
    if (!file) return
    let text: string
    try {
      text = await readText(file)
    } catch {
      setReadError(new Error(t('calendar.upload.unreadable')))
      return
    }
    save.mutate(
      { text },
      {
        onSuccess: (result) => {
          close()
          onSaved(result.recomputed)
        },
      },
    )
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('calendar.upload.open')}</Button>
      <Modal
        open={open}
        title={t('calendar.upload.title', { year })}
        okText={t('calendar.upload.apply')}
        cancelText={t('common:common.cancel')}
        okButtonProps={{ disabled: !file }}
        confirmLoading={save.isPending}
        onOk={() => void apply()}
        onCancel={close}
        destroyOnHidden
        width={640}
      >
        <Typography.Paragraph>{t('calendar.upload.format')}</Typography.Paragraph>
        {/* The file's own keys, as they must be written: raw on purpose. */}
        <pre
          data-raw
          style={{ background: token.colorBgLayout, padding: 8, borderRadius: 6, fontSize: 12 }}
        >
          {format(year, t('calendar.col.name'))}
        </pre>
        <Typography.Paragraph>{t('calendar.upload.rules', { year })}</Typography.Paragraph>
        {(readError ?? save.error) && (
          <CalendarProblems error={readError ?? save.error} year={year} />
        )}
        <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
          {t('calendar.upload.file')}
        </label>
        <FilePicker
          id={inputId}
          accept="application/json,.json"
          fileName={file?.name}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setReadError(null)
            save.reset()
          }}
        />
      </Modal>
    </>
  )
}
