import { z } from 'zod'
import { entityAlreadyExistsCheck, existingEntityArn, nameKeyOf, requireUser } from '../entities'
import { userArn, renamedArn } from '../arn'
import { defineIamOperation } from '../operation'
import { ZPath, ZUserName } from '../schemas'

export const ZUpdateUserInput = z.object({ UserName: ZUserName, NewUserName: ZUserName.optional(), NewPath: ZPath.optional() })

export const updateUser = defineIamOperation({
  name: 'UpdateUser',
  readOnly: false,
  input: ZUpdateUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  // AWS: "the requester must have appropriate permissions on both the source object and
  // the target object" (UpdateUser, API reference): renaming Bob to Robert needs the action on both.
  alsoAuthorize: (input, sourceArn) => [renamedArn(sourceArn, input.NewPath, input.NewUserName)],
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const name = input.NewUserName ?? user.name
    const path = input.NewPath ?? user.path
    if (nameKeyOf(name) !== user.nameKey) await entityAlreadyExistsCheck(tx, caller, 'user', name)
    await tx.user.update({
      where: { id: user.id },
      data: { name, nameKey: nameKeyOf(name), path, arn: userArn(caller.accountId, path, name) },
    })
    return {}
  },
})
