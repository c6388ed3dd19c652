import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { tagKeysContext } from '../request-context'
import { ZTagKeys, ZRoleName } from '../schemas'
import { removeTags } from '../tags/tag-list'

export const ZUntagRoleInput = z.object({ RoleName: ZRoleName, TagKeys: ZTagKeys })

export const untagRole = defineIamOperation({
  name: 'UntagRole',
  readOnly: false,
  input: ZUntagRoleInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  context: (input) => tagKeysContext(input.TagKeys),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const entity = await requireRole(tx, caller, input.RoleName)
    await removeTags(tx, { roleId: entity.id }, input.TagKeys)
    return {}
  },
})
