// ListUsers over the Query API. lib/iam's listUsers is the console's list (search, sort,
// pages of 10/25/50/100), so the API's Marker / MaxItems are laid over its pages: one
// listUsers call per API call, by user name, answering at most MaxItems users from the
// page that holds the marker's offset. AWS may answer fewer than MaxItems with
// IsTruncated true; clients follow the Marker.
import { z } from 'zod'
import { listUsers } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { isAccessDenied } from '@/lib/iam/dto'
import { USER_LIST_PAGE_SIZES, type TListUsersInput } from '@/lib/iam/users/list-users'
import { validationErrorOf, ZMarker, ZMaxItems, ZPathPrefix } from '@/lib/iam/schemas'
import { IamError } from '@/lib/iam/errors'

const ZApiListUsersInput = z.object({ PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() }).strict()

type PageSize = (typeof USER_LIST_PAGE_SIZES)[number]

/** The marker names the offset and the page size of the first call, so later pages line up with it. */
function readMarker(marker: string | undefined): { offset: number; pageSize?: PageSize } {
  if (marker === undefined) return { offset: 0 }
  const [offset, size] = Buffer.from(marker, 'base64url').toString().split(':').map(Number)
  const pageSize = USER_LIST_PAGE_SIZES.find((s) => s === size)
  if (!Number.isInteger(offset) || offset! < 0 || !pageSize) throw new IamError('InvalidInput', 'Invalid Marker.', { field: 'Marker' })
  return { offset: offset!, pageSize }
}

const writeMarker = (offset: number, pageSize: PageSize) => Buffer.from(`${offset}:${pageSize}`).toString('base64url')

export async function listUsersQuery(caller: Caller, rawInput: unknown) {
  const parsed = ZApiListUsersInput.safeParse(rawInput ?? {})
  if (!parsed.success) throw validationErrorOf(parsed.error, rawInput)
  const input = parsed.data
  const maxItems = input.MaxItems ?? 100
  const marker = readMarker(input.Marker)
  const pageSize = marker.pageSize ?? ([...USER_LIST_PAGE_SIZES].reverse().find((s) => s <= maxItems) ?? USER_LIST_PAGE_SIZES[0])
  const request: TListUsersInput = {
    sortBy: 'userName',
    sortOrder: 'asc',
    page: Math.floor(marker.offset / pageSize) + 1,
    pageSize,
    ...(input.PathPrefix !== undefined ? { pathPrefix: input.PathPrefix } : {}),
  }
  const result = await listUsers(caller, request)
  const within = marker.offset % pageSize
  const users = result.page === request.page ? result.users.slice(within, within + maxItems) : []
  const next = marker.offset + users.length
  return {
    Users: users.map((u) => ({
      Path: u.path,
      UserName: u.userName,
      UserId: u.userId,
      Arn: u.arn,
      CreateDate: u.creationTime,
      ...(typeof u.consoleLastSignIn === 'string' && !isAccessDenied(u.consoleLastSignIn) ? { PasswordLastUsed: u.consoleLastSignIn } : {}),
    })),
    IsTruncated: next < result.total,
    ...(next < result.total ? { Marker: writeMarker(next, pageSize) } : {}),
  }
}
