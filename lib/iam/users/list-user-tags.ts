import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZUserName, type TTag } from '../schemas'
import { listTags } from '../tags/tag-list'

export const ZListUserTagsInput = z.object({ UserName: ZUserName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listUserTags = defineIamOperation({
  name: 'ListUserTags',
  readOnly: true,
  input: ZListUserTagsInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<{ Tags: TTag[] } & ListResult> {
    const entity = await requireUser(tx, caller, input.UserName)
    const { items, ...rest } = page(await listTags(tx, { userId: entity.id }), input.Marker, input.MaxItems)
    return { Tags: items, ...rest }
  },
})
