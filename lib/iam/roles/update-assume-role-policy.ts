import { z } from 'zod'
import { existingEntityArn, requireRole } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyDocument, ZRoleName } from '../schemas'
import { checkTrustPolicy } from './create-role'

export const ZUpdateAssumeRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyDocument: ZPolicyDocument })

export const updateAssumeRolePolicy = defineIamOperation({
  name: 'UpdateAssumeRolePolicy',
  readOnly: false,
  input: ZUpdateAssumeRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const role = await requireRole(tx, caller, input.RoleName)
    checkTrustPolicy(input.PolicyDocument, 'PolicyDocument')
    await tx.role.update({ where: { id: role.id }, data: { assumeRolePolicyDocument: input.PolicyDocument } })
    return {}
  },
})
