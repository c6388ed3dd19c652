import { z } from 'zod'
import { toRoleDto, type RoleDto } from '../dto'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { ZRoleName } from '../schemas'

export const ZGetRoleInput = z.object({ RoleName: ZRoleName })

export const getRole = defineIamOperation({
  name: 'GetRole',
  readOnly: true,
  input: ZGetRoleInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<{ Role: RoleDto }> {
    const role = await requireRole(tx, caller, input.RoleName)
    const full = await tx.role.findUniqueOrThrow({
      where: { id: role.id },
      include: { tags: { orderBy: { key: 'asc' } }, permissionsBoundary: { select: { arn: true } } },
    })
    return { Role: toRoleDto(full) }
  },
})
