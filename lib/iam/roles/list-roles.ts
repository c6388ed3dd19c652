// ListRoles with AWS's parameters (PathPrefix, Marker, MaxItems) plus Search, the
// console's search box (a case-insensitive substring of the role name), done in the
// database like ListPolicies' so a page of matches needs no listing of every role.
import { z } from 'zod'
import type { DbTransaction } from '@/lib/db/client'
import { dbPage, markerOffset, toRoleDto, type ListResult, type RoleDto } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix } from '../schemas'
import { pathPrefixWhere } from '../path-prefix'
import { pathPrefixArn } from '../arn'

export const ZListRolesInput = z.object({
  PathPrefix: ZPathPrefix.optional(),
  Search: z.string().max(64, 'Search text must be at most 64 characters (the longest role name).').optional(),
  Marker: ZMarker.optional(),
  MaxItems: ZMaxItems.optional(),
})

const ROLE_NAME_CHARACTERS = /^[\w+=,.@-]*$/

/**
 * "role name contains `search`" (lower-cased; nameKey is the lower-cased name).
 * `contains` is SQL LIKE, where "_" matches any character and "%" any run, with no
 * escape on SQLite: a search with a character no role name has matches nothing, and one
 * with "_" narrows by LIKE (a superset of the matches) and keeps the exact ones by id.
 */
async function nameContains(tx: DbTransaction, accountId: string, search: string) {
  if (!ROLE_NAME_CHARACTERS.test(search)) return { id: { in: [] } }
  if (!search.includes('_')) return { nameKey: { contains: search } }
  const candidates = await tx.role.findMany({ where: { accountId, nameKey: { contains: search } }, select: { id: true, nameKey: true } })
  return { id: { in: candidates.filter((r) => r.nameKey.includes(search)).map((r) => r.id) } }
}

export const listRoles = defineIamOperation({
  name: 'ListRoles',
  readOnly: true,
  input: ZListRolesInput,
  // IAM authorizes the listing against the path being listed (AWS's denial reads
  // "... on resource: arn:aws:iam::ACCOUNT:role/"), which a Resource of "*" also covers.
  resource: (_db, input, caller) => pathPrefixArn(caller.accountId, 'role', input.PathPrefix),
  async run(tx, input, caller): Promise<{ Roles: RoleDto[] } & ListResult> {
    const offset = markerOffset(input.Marker)
    const size = input.MaxItems ?? 100
    const search = input.Search?.trim().toLowerCase()
    const rows = await tx.role.findMany({
      where: {
        accountId: caller.accountId,
        AND: [
          await pathPrefixWhere(input.PathPrefix, (like) => tx.role.findMany({ where: { accountId: caller.accountId, ...like }, select: { id: true, path: true } })),
          search ? await nameContains(tx, caller.accountId, search) : {},
        ],
      },
      include: { permissionsBoundary: { select: { arn: true } } },
      orderBy: { nameKey: 'asc' }, skip: offset, take: size + 1,
    })
    const { items, ...rest } = dbPage(rows, offset, size)
    return { Roles: items.map(toRoleDto), ...rest }
  },
})
