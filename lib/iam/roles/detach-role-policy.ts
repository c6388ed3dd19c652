import { z } from 'zod'
import { detachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZRoleName } from '../schemas'

export const ZDetachRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyArn: ZPolicyArn })

export const detachRolePolicy = defineIamOperation({
  name: 'DetachRolePolicy',
  readOnly: false,
  input: ZDetachRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await detachManagedPolicy(tx, caller, 'role', input.RoleName, input.PolicyArn)
    return {}
  },
})
