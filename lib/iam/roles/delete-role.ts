import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZRoleName } from '../schemas'

export const ZDeleteRoleInput = z.object({ RoleName: ZRoleName })

export const deleteRole = defineIamOperation({
  name: 'DeleteRole',
  readOnly: false,
  input: ZDeleteRoleInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const role = await requireRole(tx, caller, input.RoleName)
    const { _count: c } = await tx.role.findUniqueOrThrow({
      where: { id: role.id }, select: { _count: { select: { attachedPolicies: true, inlinePolicies: true } } },
    })
    const conflict = c.inlinePolicies ? 'must delete policies first' : c.attachedPolicies ? 'must detach all policies first' : null
    if (conflict) throw new IamError('DeleteConflict', `Cannot delete entity, ${conflict}.`, { field: 'RoleName' })
    await tx.role.delete({ where: { id: role.id } })
    return {}
  },
})
