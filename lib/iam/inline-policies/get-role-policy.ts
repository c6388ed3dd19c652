import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZRoleName } from '../schemas'
import { getInlinePolicy } from './inline-policy-store'

export const ZGetRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyName: ZPolicyName })

export const getRolePolicy = defineIamOperation({
  name: 'GetRolePolicy',
  readOnly: true,
  input: ZGetRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<{ RoleName: string; PolicyName: string; PolicyDocument: string }> {
    const { entityName, ...policy } = await getInlinePolicy(tx, caller, 'role', input.RoleName, input.PolicyName)
    return { RoleName: entityName, ...policy }
  },
})
