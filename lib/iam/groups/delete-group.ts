import { z } from 'zod'
import { existingEntityArn, requireGroup } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZGroupName } from '../schemas'

export const ZDeleteGroupInput = z.object({ GroupName: ZGroupName })

export const deleteGroup = defineIamOperation({
  name: 'DeleteGroup',
  readOnly: false,
  input: ZDeleteGroupInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const group = await requireGroup(tx, caller, input.GroupName)
    const { _count: c } = await tx.group.findUniqueOrThrow({
      where: { id: group.id }, select: { _count: { select: { members: true, attachedPolicies: true, inlinePolicies: true } } },
    })
    const conflict =
      c.members ? 'must remove users from group first'
      : c.inlinePolicies ? 'must delete policies first'
      : c.attachedPolicies ? 'must detach all policies first'
      : null
    if (conflict) throw new IamError('DeleteConflict', `Cannot delete entity, ${conflict}.`, { field: 'GroupName' })
    await tx.group.delete({ where: { id: group.id } })
    return {}
  },
})
