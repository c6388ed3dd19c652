import { z } from 'zod'
import { existingEntityArn, requireGroup, requireUser } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZGroupName, ZUserName } from '../schemas'

export const ZRemoveUserFromGroupInput = z.object({ GroupName: ZGroupName, UserName: ZUserName })

export const removeUserFromGroup = defineIamOperation({
  name: 'RemoveUserFromGroup',
  readOnly: false,
  input: ZRemoveUserFromGroupInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const group = await requireGroup(tx, caller, input.GroupName)
    const user = await requireUser(tx, caller, input.UserName)
    const { count } = await tx.groupMembership.deleteMany({ where: { userId: user.id, groupId: group.id } })
    if (count === 0) {
      throw new IamError('NoSuchEntity', `The user with name ${user.name} is not a member of group ${group.name}.`, { field: 'UserName' })
    }
    return {}
  },
})
