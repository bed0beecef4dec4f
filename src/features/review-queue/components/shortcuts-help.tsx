import { useTranslation } from '../../../shared/i18n/i18n'
import { ShortcutsHelp as Help } from '../../../shared/ui/shortcuts-help'

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('queue')
  const keys: [string, string][] = [
    ['j / k', t('shortcuts.jk')],
    ['Enter', t('shortcuts.enter')],
    ['c', t('shortcuts.c')],
    ['/', t('shortcuts.slash')],
    ['?', t('shortcuts.help')],
  ]
  return open ? <Help title={t('shortcuts.title')} keys={keys} onClose={onClose} /> : null
}
