import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { ZRoleName } from '../schemas'

export const ZDeleteRolePermissionsBoundaryInput = z.object({ RoleName: ZRoleName })

export const deleteRolePermissionsBoundary = defineIamOperation({
  name: 'DeleteRolePermissionsBoundary',
  readOnly: false,
  input: ZDeleteRolePermissionsBoundaryInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const role = await requireRole(tx, caller, input.RoleName)
    await tx.role.update({ where: { id: role.id }, data: { permissionsBoundaryId: null } })
    return {}
  },
})
