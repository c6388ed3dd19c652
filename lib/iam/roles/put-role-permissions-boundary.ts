import { z } from 'zod'
import { existingEntityArn, requirePolicy, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZRoleName } from '../schemas'

export const ZPutRolePermissionsBoundaryInput = z.object({ RoleName: ZRoleName, PermissionsBoundary: ZPolicyArn })

export const putRolePermissionsBoundary = defineIamOperation({
  name: 'PutRolePermissionsBoundary',
  readOnly: false,
  input: ZPutRolePermissionsBoundaryInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  // iam:PermissionsBoundary is the boundary being set (IAM condition keys reference).
  context: (input) => ({ 'iam:PermissionsBoundary': arnValue(input.PermissionsBoundary) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const role = await requireRole(tx, caller, input.RoleName)
    const policy = await requirePolicy(tx, caller, input.PermissionsBoundary, 'PermissionsBoundary')
    await tx.role.update({ where: { id: role.id }, data: { permissionsBoundaryId: policy.id } })
    return {}
  },
})
