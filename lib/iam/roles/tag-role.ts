import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { requestTagContext } from '../request-context'
import { ZTags, ZRoleName } from '../schemas'
import { putTags } from '../tags/tag-list'

export const ZTagRoleInput = z.object({ RoleName: ZRoleName, Tags: ZTags })

export const tagRole = defineIamOperation({
  name: 'TagRole',
  readOnly: false,
  input: ZTagRoleInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  context: (input) => requestTagContext(input.Tags),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const entity = await requireRole(tx, caller, input.RoleName)
    await putTags(tx, { roleId: entity.id }, input.Tags)
    return {}
  },
})
