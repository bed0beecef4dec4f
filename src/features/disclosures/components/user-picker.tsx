import { Select } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { searchUsers } from '../../../shared/api/user-search'
import { maskName } from '../../../shared/lib/masking'
import '../i18n'

interface UserPickerProps {
  id?: string
  value?: string[]
  onChange?: (value: string[]) => void
}

/** Users by id, name or the last 4 phone digits; names shown masked, the search never in the URL. */
export function UserPicker({ id, value, onChange }: UserPickerProps) {
  const { t } = useTranslation('disclosures')
  const [labels, setLabels] = useState<Record<string, string>>({})
  const [found, setFound] = useState<string[]>([])
  const [searching, setSearching] = useState(false)
  const [open, setOpen] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const controller = useRef<AbortController | null>(null)

  useEffect(
    () => () => {
      clearTimeout(timer.current)
      controller.current?.abort()
    },
    [],
  )

  const search = (raw: string) => {
    clearTimeout(timer.current)
    const q = raw.trim()
    if (!q) return setFound([])
    timer.current = setTimeout(() => {
      controller.current?.abort()
      const c = new AbortController()
      controller.current = c
      setSearching(true)
      searchUsers(q, c.signal)
        .then((page) => {
          setLabels((known) => ({
            ...known,
            ...Object.fromEntries(page.items.map((u) => [u.id, `${u.id} ${maskName(u.name)}`])),
          }))
          setFound(page.items.map((u) => u.id))
        })
        .catch(() => setFound([]))
        .finally(() => !c.signal.aborted && setSearching(false))
    }, 250)
  }

  const ids = [...new Set([...(value ?? []), ...found])]
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: search }}
      loading={searching}
      // Closed after each pick: in an open list Tab picks the active option again, which in a
      // multiple select would take the user just chosen back out.
      open={open}
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      placeholder={t('form.usersHint')}
      value={value}
      onChange={onChange}
      options={ids.map((userId) => ({ value: userId, label: labels[userId] ?? userId }))}
      notFoundContent={null}
    />
  )
}
