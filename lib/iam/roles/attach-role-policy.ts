import { z } from 'zod'
import { attachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZRoleName } from '../schemas'

export const ZAttachRolePolicyInput = z.object({ RoleName: ZRoleName, PolicyArn: ZPolicyArn })

export const attachRolePolicy = defineIamOperation({
  name: 'AttachRolePolicy',
  readOnly: false,
  input: ZAttachRolePolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await attachManagedPolicy(tx, caller, 'role', input.RoleName, input.PolicyArn)
    return {}
  },
})
