import { getBackend } from '../../mocks/backend-instance'

type Db = Awaited<ReturnType<typeof getBackend>>['db']
type StoredRequest = ReturnType<Db['requests']['all']>[number]
type Wanted = Partial<Pick<StoredRequest, 'type' | 'status' | 'assigneeId'>>

/**
 * The first seeded request of the wanted type, status and assignee that `also` accepts too. A test
 * fails here, saying what it looked for, when the seed has none.
 */
export async function seededRequest(
  wanted: Wanted,
  also: (request: StoredRequest, db: Db) => boolean = () => true,
): Promise<StoredRequest> {
  const { db } = await getBackend()
  const matches = (r: StoredRequest) =>
    Object.entries(wanted).every(([field, value]) => r[field as keyof Wanted] === value)
  const found = db.requests.all().find((r) => matches(r) && also(r, db))
  if (!found) throw new Error(`no seeded request ${JSON.stringify(wanted)} as the test wants it`)
  return found
}
