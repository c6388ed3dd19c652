import { z } from 'zod'
import { existingEntityArn, requirePolicy, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZUserName } from '../schemas'

export const ZPutUserPermissionsBoundaryInput = z.object({ UserName: ZUserName, PermissionsBoundary: ZPolicyArn })

export const putUserPermissionsBoundary = defineIamOperation({
  name: 'PutUserPermissionsBoundary',
  readOnly: false,
  input: ZPutUserPermissionsBoundaryInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  // iam:PermissionsBoundary is the boundary being set (IAM condition keys reference).
  context: (input) => ({ 'iam:PermissionsBoundary': arnValue(input.PermissionsBoundary) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const policy = await requirePolicy(tx, caller, input.PermissionsBoundary, 'PermissionsBoundary')
    await tx.user.update({ where: { id: user.id }, data: { permissionsBoundaryId: policy.id } })
    return {}
  },
})
