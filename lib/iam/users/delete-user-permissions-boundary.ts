import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'

export const ZDeleteUserPermissionsBoundaryInput = z.object({ UserName: ZUserName })

export const deleteUserPermissionsBoundary = defineIamOperation({
  name: 'DeleteUserPermissionsBoundary',
  readOnly: false,
  input: ZDeleteUserPermissionsBoundaryInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    await tx.user.update({ where: { id: user.id }, data: { permissionsBoundaryId: null } })
    return {}
  },
})
