import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from '../../../shared/api/http-client'
import { userEndpoints } from '../../../shared/api/endpoints/users'

export const userQueries = {
  all: () => ['users'] as const,
  detail: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', userId] as const,
      queryFn: ({ signal }) => callEndpoint(userEndpoints.detail, { params: { userId }, signal }),
    }),
  notices: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'notices', userId] as const,
      queryFn: ({ signal }) => callEndpoint(userEndpoints.notices, { params: { userId }, signal }),
    }),
}
