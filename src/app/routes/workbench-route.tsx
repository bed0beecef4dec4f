import '../../features/review-queue/i18n'
export { WorkbenchPage as WorkbenchRoute } from '../../features/workbench/components/workbench-page'
