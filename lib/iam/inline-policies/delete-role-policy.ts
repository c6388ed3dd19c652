import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZRoleName } from '../schemas'
import { deleteInlinePolicy } from './inline-policy-store'

export const ZDeleteRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyName: ZPolicyName })

export const deleteRolePolicy = defineIamOperation({
  name: 'DeleteRolePolicy',
  readOnly: false,
  input: ZDeleteRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await deleteInlinePolicy(tx, caller, 'role', input.RoleName, input.PolicyName)
    return {}
  },
})
