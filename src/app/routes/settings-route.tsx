export { SettingsPage as SettingsRoute } from '../../features/settings/components/settings-page'
