import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { tagKeysContext } from '../request-context'
import { ZTagKeys, ZUserName } from '../schemas'
import { removeTags } from '../tags/tag-list'

export const ZUntagUserInput = z.object({ UserName: ZUserName, TagKeys: ZTagKeys })

export const untagUser = defineIamOperation({
  name: 'UntagUser',
  readOnly: false,
  input: ZUntagUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  context: (input) => tagKeysContext(input.TagKeys),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const entity = await requireUser(tx, caller, input.UserName)
    await removeTags(tx, { userId: entity.id }, input.TagKeys)
    return {}
  },
})
