import { apiText, type QueryValue } from './http-client'

/**
 * Fetches a CSV export the API writes and saves it through the browser's download as `fileName`.
 * The server's byte-order mark comes with the text, so spreadsheet programs read it as UTF-8.
 */
export async function saveCsvExport(
  path: string,
  query: Record<string, QueryValue>,
  fileName: string,
): Promise<void> {
  const csv = await apiText(path, { query })
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The moment of an export, for its file name: `20261207063000` (UTC). */
export function exportStamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')
}
