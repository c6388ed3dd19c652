// The console's users table (AWS's columns: User name, Path, Groups, Last activity, MFA,
// Password age, Console last sign-in, Access key ID, Creation time) for the caller's
// account. Search, sort and pagination run in the database, so the first page of an
// account with 5,000 users (AWS's quota) costs two indexed queries, not a full load.
//
// What the caller may see: ListUsers returns names, paths, ids and dates; the console
// fills the other columns from one more call per user (Groups: ListGroupsForUser, MFA:
// ListMFADevices, Access key ID: ListAccessKeys, Password age: GetLoginProfile, Console
// last sign-in: GetUser). Each of those cells is filled only when the gate allows that
// action on that user's ARN, and otherwise holds AWS's "Access denied" marker, so a
// caller allowed iam:ListUsers alone learns no more than ListUsers tells it. The
// decisions for a page are taken in one batch (allowedOnEach).
import { z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Caller } from '../caller'
import type { Visible } from '../dto'
import { allowedOnEach, type GateResource } from '../gate'
import { pathPrefixArn } from '../arn'
import { ZPathPrefix } from '../schemas'
import { pathPrefixWhere } from '../path-prefix'
import { defineIamOperation } from '../operation'

export const USER_LIST_SORT_FIELDS = ['userName', 'path', 'groups', 'lastActivity', 'passwordAge', 'consoleLastSignIn', 'creationTime'] as const
export const USER_LIST_PAGE_SIZES = [10, 25, 50, 100] as const
export const DEFAULT_USER_LIST_PAGE_SIZE = 25

export const ZListUsersInput = z
  .object({
    search: z.string().max(64, 'Search text must be at most 64 characters (the longest user name).').optional(),
    pathPrefix: ZPathPrefix.optional(),
    sortBy: z.enum(USER_LIST_SORT_FIELDS).default('userName'),
    sortOrder: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int('page must be a whole number.').min(1, 'page must be 1 or more.').default(1),
    pageSize: z
      .number()
      .refine((n): n is (typeof USER_LIST_PAGE_SIZES)[number] => (USER_LIST_PAGE_SIZES as readonly number[]).includes(n), {
        message: `pageSize must be one of ${USER_LIST_PAGE_SIZES.join(', ')}.`,
      })
      .default(DEFAULT_USER_LIST_PAGE_SIZE),
  })
  .strict()

export type TListUsersInput = z.input<typeof ZListUsersInput>

export interface UserListItem {
  userName: string
  userId: string
  path: string
  arn: string
  groupCount: Visible<number>
  /** ISO time of the latest console sign-in or access key use; null = never. */
  lastActivity: string | null
  /** Types of the user's enabled MFA devices, as the console names them. */
  mfa: Visible<string[]>
  /** Whole days since the console password was set; null = no console password. */
  passwordAgeDays: Visible<number | null>
  consoleLastSignIn: Visible<string | null>
  /** The first active access key (the console shows "Active - AKIA..."); null = none. */
  accessKeyId: Visible<string | null>
  creationTime: string
}

/** The call behind each column that ListUsers does not answer itself. */
export const USER_LIST_COLUMN_ACTIONS = {
  groupCount: 'iam:ListGroupsForUser',
  mfa: 'iam:ListMFADevices',
  accessKeyId: 'iam:ListAccessKeys',
  passwordAgeDays: 'iam:GetLoginProfile',
  consoleLastSignIn: 'iam:GetUser',
} as const satisfies Partial<Record<keyof UserListItem, string>>

type GatedColumn = keyof typeof USER_LIST_COLUMN_ACTIONS
const GATED_COLUMNS = Object.keys(USER_LIST_COLUMN_ACTIONS) as GatedColumn[]
const GATED_ACTIONS = GATED_COLUMNS.map((c) => USER_LIST_COLUMN_ACTIONS[c])

export interface ListUsersResult {
  users: UserListItem[]
  total: number
  /** The page returned: the requested one, or the last page when it asked past the end. */
  page: number
  pageSize: number
}

const MFA_TYPE_LABEL: Record<string, string> = { virtual: 'Virtual', webauthn: 'Security key' }
const DAY_MS = 24 * 60 * 60 * 1000

type Order = 'asc' | 'desc'
const flip = (o: Order): Order => (o === 'asc' ? 'desc' : 'asc')

// One "segment" is a filter and an order; a listing is one or more segments, one after
// the other. Needed because Prisma cannot put NULLs last when ordering by a field of a
// related row (LoginProfile.passwordLastChangedAt), and SQLite and PostgreSQL disagree
// on where NULLs go by default: users without a console password form a second segment.
interface Segment {
  where: Prisma.UserWhereInput
  orderBy: Prisma.UserOrderByWithRelationInput[]
}

// Ties (and the whole second segment) go by user name, then id, so pages never overlap.
const byName: Prisma.UserOrderByWithRelationInput[] = [{ nameKey: 'asc' }, { id: 'asc' }]

function segmentsFor(base: Prisma.UserWhereInput, sortBy: (typeof USER_LIST_SORT_FIELDS)[number], order: Order): Segment[] {
  // Date columns sort by the time itself (asc = earliest first); "never" comes last either way.
  const nullsLast = (field: 'lastActivityAt' | 'passwordLastUsedAt'): Segment[] => [
    { where: base, orderBy: [{ [field]: { sort: order, nulls: 'last' } }, ...byName] },
  ]
  switch (sortBy) {
    case 'userName':
      return [{ where: base, orderBy: [{ nameKey: order }, { id: order }] }]
    case 'path':
      return [{ where: base, orderBy: [{ path: order }, ...byName] }]
    case 'groups':
      return [{ where: base, orderBy: [{ groups: { _count: order } }, ...byName] }]
    case 'lastActivity':
      return nullsLast('lastActivityAt')
    case 'consoleLastSignIn':
      return nullsLast('passwordLastUsedAt')
    case 'creationTime':
      return [{ where: base, orderBy: [{ createdAt: order }, ...byName] }]
    case 'passwordAge':
      // Age ascending = most recently changed first.
      return [
        { where: { AND: [base, { loginProfile: { isNot: null } }] }, orderBy: [{ loginProfile: { passwordLastChangedAt: flip(order) } }, ...byName] },
        { where: { AND: [base, { loginProfile: { is: null } }] }, orderBy: byName },
      ]
  }
}

const listSelect = {
  id: true,
  name: true,
  path: true,
  arn: true,
  createdAt: true,
  lastActivityAt: true,
  passwordLastUsedAt: true,
  loginProfile: { select: { passwordLastChangedAt: true } },
  mfaDevices: { where: { enabled: true }, select: { type: true }, orderBy: { createdAt: 'asc' } },
  accessKeys: { where: { status: 'Active' }, select: { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1 },
  _count: { select: { groups: true } },
  // What the gate reads about each user as a resource (aws:ResourceTag/*, iam:PermissionsBoundary).
  tags: { select: { key: true, value: true } },
  permissionsBoundary: { select: { arn: true } },
} satisfies Prisma.UserSelect

type ListedUser = Prisma.UserGetPayload<{ select: typeof listSelect }>

// Sorting by a column orders users by its values, so the order alone would tell a
// caller what the cells hide (sorted by Group(s), the users it may not see the groups
// of would still land where their counts put them). Users whose value for the sort
// column is hidden therefore form a last segment, by name, as cells without a value.
const SORT_COLUMN_ACTION: Partial<Record<(typeof USER_LIST_SORT_FIELDS)[number], string>> = {
  groups: USER_LIST_COLUMN_ACTIONS.groupCount,
  passwordAge: USER_LIST_COLUMN_ACTIONS.passwordAgeDays,
  consoleLastSignIn: USER_LIST_COLUMN_ACTIONS.consoleLastSignIn,
}

/**
 * The ids of the users matching `base` whose `action` the caller may not perform (none
 * for root: it may do all). Reads every matching user (up to 5,000) as three flat
 * queries, not one with nested relations: Prisma would send the tags' query with one
 * bound id per user (~35 ms at 5,000 users against ~10 ms this way).
 */
async function usersHiddenFromSort(db: Db, caller: Caller, base: Prisma.UserWhereInput, action: string): Promise<string[]> {
  if (caller.kind === 'root') return []
  const [users, tags] = await Promise.all([
    db.user.findMany({ where: base, select: { id: true, arn: true, permissionsBoundaryId: true } }),
    db.tag.findMany({ where: { user: base }, select: { userId: true, key: true, value: true } }),
  ])
  const boundaryIds = [...new Set(users.flatMap((u) => (u.permissionsBoundaryId ? [u.permissionsBoundaryId] : [])))]
  const boundaries = new Map(
    boundaryIds.length ? (await db.managedPolicy.findMany({ where: { id: { in: boundaryIds } }, select: { id: true, arn: true } })).map((p) => [p.id, p.arn]) : [],
  )
  const tagsOf = new Map<string, { key: string; value: string }[]>()
  for (const tag of tags) {
    if (!tag.userId) continue
    const list = tagsOf.get(tag.userId)
    if (list) list.push(tag)
    else tagsOf.set(tag.userId, [tag])
  }
  const resources = users.map((u) => {
    const boundary = u.permissionsBoundaryId ? boundaries.get(u.permissionsBoundaryId) : undefined
    return asGateResource({ arn: u.arn, tags: tagsOf.get(u.id) ?? [], permissionsBoundary: boundary ? { arn: boundary } : null })
  })
  const allowed = await allowedOnEach(db, caller, [action], resources)
  return users.filter((_, i) => !allowed[i]![0]).map((u) => u.id)
}

function toListItem(u: ListedUser, now: Date, allowed: readonly boolean[]): UserListItem {
  const changed = u.loginProfile?.passwordLastChangedAt
  const item: UserListItem = {
    userName: u.name,
    userId: u.id,
    path: u.path,
    arn: u.arn,
    groupCount: u._count.groups,
    lastActivity: u.lastActivityAt?.toISOString() ?? null,
    mfa: [...new Set(u.mfaDevices.map((d) => MFA_TYPE_LABEL[d.type] ?? d.type))],
    passwordAgeDays: changed ? Math.max(0, Math.floor((now.getTime() - changed.getTime()) / DAY_MS)) : null,
    consoleLastSignIn: u.passwordLastUsedAt?.toISOString() ?? null,
    accessKeyId: u.accessKeys[0]?.id ?? null,
    creationTime: u.createdAt.toISOString(),
  }
  GATED_COLUMNS.forEach((column, i) => {
    if (!allowed[i]) item[column] = { accessDenied: true, action: USER_LIST_COLUMN_ACTIONS[column] }
  })
  return item
}

function asGateResource(u: Pick<ListedUser, 'arn' | 'tags' | 'permissionsBoundary'>): GateResource {
  return {
    arn: u.arn,
    attributes: {
      tags: Object.fromEntries(u.tags.map((t) => [t.key, t.value])),
      ...(u.permissionsBoundary ? { permissionsBoundaryArn: u.permissionsBoundary.arn } : {}),
    },
  }
}

// IAM user names are made of [\w+=,.@-] (CreateUser's UserName pattern).
const USER_NAME_CHARACTERS = /^[\w+=,.@-]*$/

/**
 * The filter for "user name contains `search`" (case-insensitive). `contains` becomes
 * SQL LIKE, where "_" matches any character, and SQLite's LIKE has no escape
 * character: a search with "_" first narrows by LIKE (a superset of the matches) and
 * keeps the exact matches by id. "%" and backslash cannot occur in a user name.
 */
async function nameFilter(db: Db, accountId: string, search: string): Promise<Prisma.UserWhereInput> {
  if (!USER_NAME_CHARACTERS.test(search)) return { id: { in: [] } }
  if (!search.includes('_')) return { nameKey: { contains: search } }
  const candidates = await db.user.findMany({ where: { accountId, nameKey: { contains: search } }, select: { id: true, nameKey: true } })
  return { id: { in: candidates.filter((u) => u.nameKey.includes(search)).map((u) => u.id) } }
}

export const listUsers = defineIamOperation({
  name: 'ListUsers',
  readOnly: true,
  input: ZListUsersInput,
  // AWS authorizes ListUsers on the path prefix ("... on resource: arn:aws:iam::ACCOUNT:user/").
  resource: (_db, input, caller) => pathPrefixArn(caller.accountId, 'user', input.pathPrefix),
  run: (db, input, caller) => listUsersPage(db as unknown as Db, caller, input, new Date()),
})

async function listUsersPage(db: Db, caller: Caller, input: z.output<typeof ZListUsersInput>, now: Date): Promise<ListUsersResult> {
  const search = input.search?.trim().toLowerCase()
  // nameKey is the lower-cased name, so matching it is case-insensitive on both databases.
  const base: Prisma.UserWhereInput = {
    accountId: caller.accountId,
    ...(search ? await nameFilter(db, caller.accountId, search) : {}),
    AND: [await pathPrefixWhere(input.pathPrefix, (like) => db.user.findMany({ where: { accountId: caller.accountId, ...like }, select: { id: true, path: true } }))],
  }
  const sortAction = SORT_COLUMN_ACTION[input.sortBy]
  const hidden = sortAction ? await usersHiddenFromSort(db, caller, base, sortAction) : []
  const segments = hidden.length
    ? [
        ...segmentsFor({ AND: [base, { id: { notIn: hidden } }] }, input.sortBy, input.sortOrder),
        { where: { AND: [base, { id: { in: hidden } }] }, orderBy: byName },
      ]
    : segmentsFor(base, input.sortBy, input.sortOrder)
  const counts = await Promise.all(segments.map((s) => db.user.count({ where: s.where })))
  const total = counts.reduce((a, b) => a + b, 0)
  const lastPage = Math.max(1, Math.ceil(total / input.pageSize))
  const page = Math.min(input.page, lastPage)

  // Walk the segments: skip what lies before the page, take up to pageSize from each.
  let skip = (page - 1) * input.pageSize
  let take: number = input.pageSize
  const rows: ListedUser[] = []
  for (const [i, segment] of segments.entries()) {
    if (take === 0) break
    if (skip >= counts[i]!) {
      skip -= counts[i]!
      continue
    }
    const found = await db.user.findMany({ where: segment.where, orderBy: segment.orderBy, skip, take, select: listSelect })
    rows.push(...found)
    take -= found.length
    skip = 0
  }
  const allowed = await allowedOnEach(db, caller, GATED_ACTIONS, rows.map(asGateResource))
  return { users: rows.map((u, i) => toListItem(u, now, allowed[i]!)), total, page, pageSize: input.pageSize }
}
