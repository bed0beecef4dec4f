import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../../../shared/api/http-client'
import { platformUserSchema, userRequestNoticeListSchema } from '../../../shared/api/schemas'

export const userQueries = {
  all: () => ['users'] as const,
  detail: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', userId] as const,
      queryFn: ({ signal }) =>
        apiRequest(platformUserSchema, `/users/${encodeURIComponent(userId)}`, { signal }),
    }),
  notices: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'notices', userId] as const,
      queryFn: ({ signal }) =>
        apiRequest(userRequestNoticeListSchema, `/users/${encodeURIComponent(userId)}/notices`, {
          signal,
        }),
    }),
}
