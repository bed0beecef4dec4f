import { Descriptions, Modal } from 'antd'

/** One line of a screen's shortcut help: the key as printed, and what it does. */
export type ShortcutHelpLine = [key: string, description: string]

/** The "?" dialog every screen with shortcuts opens: each key beside what it does. */
export function ShortcutsHelp({
  title,
  keys,
  note,
  onClose,
}: {
  title: string
  keys: readonly ShortcutHelpLine[]
  /** A sentence under the keys (when they do not apply, say). */
  note?: string
  onClose(): void
}) {
  return (
    <Modal open onCancel={onClose} footer={null} title={title}>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={keys.map(([k, v]) => ({ key: k, label: <kbd>{k}</kbd>, children: v }))}
      />
      {note && <p className="text-secondary">{note}</p>}
    </Modal>
  )
}
