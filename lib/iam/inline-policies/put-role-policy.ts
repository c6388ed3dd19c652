import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyDocument, ZPolicyName, ZRoleName } from '../schemas'
import { putInlinePolicy } from './inline-policy-store'

export const ZPutRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyName: ZPolicyName, PolicyDocument: ZPolicyDocument })

export const putRolePolicy = defineIamOperation({
  name: 'PutRolePolicy',
  readOnly: false,
  input: ZPutRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await putInlinePolicy(tx, caller, 'role', input.RoleName, input.PolicyName, input.PolicyDocument)
    return {}
  },
})
