import { z } from 'zod'
import { entityAlreadyExistsCheck, existingEntityArn, nameKeyOf, requireGroup } from '../entities'
import { groupArn, renamedArn } from '../arn'
import { defineIamOperation } from '../operation'
import { ZGroupName, ZPath } from '../schemas'

export const ZUpdateGroupInput = z.object({ GroupName: ZGroupName, NewGroupName: ZGroupName.optional(), NewPath: ZPath.optional() })

export const updateGroup = defineIamOperation({
  name: 'UpdateGroup',
  readOnly: false,
  input: ZUpdateGroupInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  // AWS: "the requester must have appropriate permissions on both the source object and
  // the target object" (UpdateGroup, API reference): renaming Bob to Robert needs the action on both.
  alsoAuthorize: (input, sourceArn) => [renamedArn(sourceArn, input.NewPath, input.NewGroupName)],
  async run(tx, input, caller): Promise<Record<string, never>> {
    const group = await requireGroup(tx, caller, input.GroupName)
    const name = input.NewGroupName ?? group.name
    const path = input.NewPath ?? group.path
    if (nameKeyOf(name) !== group.nameKey) await entityAlreadyExistsCheck(tx, caller, 'group', name)
    await tx.group.update({ where: { id: group.id }, data: { name, nameKey: nameKeyOf(name), path, arn: groupArn(caller.accountId, path, name) } })
    return {}
  },
})
