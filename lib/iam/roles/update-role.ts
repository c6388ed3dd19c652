import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { ZDescription, ZRoleName } from '../schemas'
import { ZMaxSessionDuration } from './create-role'

export const ZUpdateRoleInput = z.object({ RoleName: ZRoleName, Description: ZDescription.optional(), MaxSessionDuration: ZMaxSessionDuration.optional() })

export const updateRole = defineIamOperation({
  name: 'UpdateRole',
  readOnly: false,
  input: ZUpdateRoleInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const role = await requireRole(tx, caller, input.RoleName)
    await tx.role.update({
      where: { id: role.id },
      data: {
        ...(input.Description !== undefined ? { description: input.Description } : {}),
        ...(input.MaxSessionDuration !== undefined ? { maxSessionDuration: input.MaxSessionDuration } : {}),
      },
    })
    return {}
  },
})
