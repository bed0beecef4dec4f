import type { IncidentPanelProps } from './incident-panel-props'
import { AffectedQueryForm } from './affected-query-form'
import { AffectedUsersTable } from './affected-users-table'
import { CsvImport } from './csv-import'

/** Who the incident touched: chosen by a query or imported from a file, then listed. */
export function AffectedUsersPanel({ incident, readOnly }: IncidentPanelProps) {
  return (
    <>
      {!readOnly && <AffectedQueryForm incident={incident} readOnly={readOnly} />}
      {!readOnly && <CsvImport incident={incident} readOnly={readOnly} />}
      <AffectedUsersTable incident={incident} readOnly={readOnly} />
    </>
  )
}
