import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZRoleName, type TTag } from '../schemas'
import { listTags } from '../tags/tag-list'

export const ZListRoleTagsInput = z.object({ RoleName: ZRoleName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listRoleTags = defineIamOperation({
  name: 'ListRoleTags',
  readOnly: true,
  input: ZListRoleTagsInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<{ Tags: TTag[] } & ListResult> {
    const entity = await requireRole(tx, caller, input.RoleName)
    const { items, ...rest } = page(await listTags(tx, { roleId: entity.id }), input.Marker, input.MaxItems)
    return { Tags: items, ...rest }
  },
})
