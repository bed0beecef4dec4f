export { StaffPage as StaffRoute } from '../../features/settings/components/staff-page'
