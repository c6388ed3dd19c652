import { z } from 'zod'
import { dbPage, markerOffset, toRoleDto, type ListResult, type RoleDto } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix } from '../schemas'

export const ZListRolesInput = z.object({ PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listRoles = defineIamOperation({
  name: 'ListRoles',
  readOnly: true,
  input: ZListRolesInput,
  // IAM authorizes the listing against the path being listed (AWS's denial reads
  // "... on resource: arn:aws:iam::ACCOUNT:role/"), which a Resource of "*" also covers.
  resource: (_db, input, caller) => `arn:aws:iam::${caller.accountId}:role${input.PathPrefix ?? '/'}`,
  async run(tx, input, caller): Promise<{ Roles: RoleDto[] } & ListResult> {
    const offset = markerOffset(input.Marker)
    const size = input.MaxItems ?? 100
    const rows = await tx.role.findMany({
      where: { accountId: caller.accountId, ...(input.PathPrefix ? { path: { startsWith: input.PathPrefix } } : {}) },
      include: { permissionsBoundary: { select: { arn: true } } },
      orderBy: { nameKey: 'asc' }, skip: offset, take: size + 1,
    })
    const { items, ...rest } = dbPage(rows, offset, size)
    return { Roles: items.map(toRoleDto), ...rest }
  },
})
