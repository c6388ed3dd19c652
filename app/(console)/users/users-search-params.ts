// The users list's state lives in the URL (?search=&sort=&order=&page=&pageSize=), so
// every view can be linked, bookmarked and reloaded. Values that make no sense fall
// back to the defaults instead of failing: the URL is user-editable.
export interface UsersQuery<F extends string = string> {
  search?: string
  sort: F
  order: 'asc' | 'desc'
  page: number
  /** Absent = lib/iam's default page size. */
  pageSize?: number
}

type RawParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function readUsersSearchParams<F extends string>(
  params: RawParams,
  sortFields: readonly F[],
  pageSizes: readonly number[],
): UsersQuery<F | 'userName'> {
  const search = first(params.search)?.trim()
  const sort = first(params.sort)
  const page = Number(first(params.page))
  const pageSize = Number(first(params.pageSize))
  return {
    ...(search ? { search } : {}),
    sort: sort && (sortFields as readonly string[]).includes(sort) ? (sort as F) : 'userName',
    order: first(params.order) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    ...(pageSizes.includes(pageSize) ? { pageSize } : {}),
  }
}

export function usersHref(query: UsersQuery): string {
  const params = new URLSearchParams()
  if (query.search) params.set('search', query.search)
  if (query.sort !== 'userName' || query.order !== 'asc') {
    params.set('sort', query.sort)
    params.set('order', query.order)
  }
  if (query.page > 1) params.set('page', String(query.page))
  if (query.pageSize) params.set('pageSize', String(query.pageSize))
  const text = params.toString()
  return text ? `/users?${text}` : '/users'
}
