export { WorkbenchPage as WorkbenchRoute } from '../../features/workbench/components/workbench-page'
