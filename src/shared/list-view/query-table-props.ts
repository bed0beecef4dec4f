import type { ReactNode } from 'react'

/**
 * What a table shows of a list query: the page's rows (none before the first answer), the spinner
 * while a page is fetched, and its words for an empty list.
 */
export function queryTableProps<R>(
  list: { data?: { items: R[] }; isFetching: boolean },
  emptyText: ReactNode,
) {
  return { dataSource: list.data?.items ?? [], loading: list.isFetching, locale: { emptyText } }
}
