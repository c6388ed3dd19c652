import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { requestTagContext } from '../request-context'
import { ZTags, ZUserName } from '../schemas'
import { putTags } from '../tags/tag-list'

export const ZTagUserInput = z.object({ UserName: ZUserName, Tags: ZTags })

export const tagUser = defineIamOperation({
  name: 'TagUser',
  readOnly: false,
  input: ZTagUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  context: (input) => requestTagContext(input.Tags),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const entity = await requireUser(tx, caller, input.UserName)
    await putTags(tx, { userId: entity.id }, input.Tags)
    return {}
  },
})
