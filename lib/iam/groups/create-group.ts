import { z } from 'zod'
import { newGroupId } from '@/lib/credentials/ids'
import { toGroupDto, type GroupDto } from '../dto'
import { entityAlreadyExistsCheck } from '../entities'
import { groupArn } from '../arn'
import { defineIamOperation } from '../operation'
import { ZGroupName, ZPath } from '../schemas'

export const ZCreateGroupInput = z.object({ GroupName: ZGroupName, Path: ZPath.optional() })

export const createGroup = defineIamOperation({
  name: 'CreateGroup',
  readOnly: false,
  input: ZCreateGroupInput,
  resource: (_db, input, caller) => groupArn(caller.accountId, input.Path ?? '/', input.GroupName),
  async run(tx, input, caller): Promise<{ Group: GroupDto }> {
    await entityAlreadyExistsCheck(tx, caller, 'group', input.GroupName)
    const path = input.Path ?? '/'
    const group = await tx.group.create({
      data: {
        id: newGroupId(), accountId: caller.accountId, name: input.GroupName, nameKey: input.GroupName.toLowerCase(),
        path, arn: groupArn(caller.accountId, path, input.GroupName),
      },
    })
    return { Group: toGroupDto(group) }
  },
})
