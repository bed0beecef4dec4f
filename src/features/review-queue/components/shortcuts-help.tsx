import { Descriptions, Modal } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('queue')
  const keys: [string, string][] = [
    ['j / k', t('shortcuts.jk')],
    ['Enter', t('shortcuts.enter')],
    ['c', t('shortcuts.c')],
    ['/', t('shortcuts.slash')],
    ['?', t('shortcuts.help')],
  ]
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('shortcuts.title')}>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={keys.map(([k, v]) => ({ key: k, label: <kbd>{k}</kbd>, children: v }))}
      />
    </Modal>
  )
}
