import { z } from 'zod'
import { lockRow } from '@/lib/db/lock-row'
import { existingEntityArn, requireGroup, requireUser } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZGroupName, ZUserName } from '../schemas'

export const MAX_GROUPS_PER_USER = 10

export const ZAddUserToGroupInput = z.object({ GroupName: ZGroupName, UserName: ZUserName })

export const addUserToGroup = defineIamOperation({
  name: 'AddUserToGroup',
  readOnly: false,
  input: ZAddUserToGroupInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const group = await requireGroup(tx, caller, input.GroupName)
    const user = await requireUser(tx, caller, input.UserName)
    // The quota is the user's: concurrent adds of one user take turns.
    await lockRow(tx, 'User', user.id)
    const existing = await tx.groupMembership.findUnique({ where: { userId_groupId: { userId: user.id, groupId: group.id } } })
    if (existing) return {}
    if ((await tx.groupMembership.count({ where: { userId: user.id } })) >= MAX_GROUPS_PER_USER) {
      throw new IamError('LimitExceeded', `Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`, { field: 'GroupName' })
    }
    await tx.groupMembership.create({ data: { userId: user.id, groupId: group.id } })
    return {}
  },
})
