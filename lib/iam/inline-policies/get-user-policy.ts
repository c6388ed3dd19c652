import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZUserName } from '../schemas'
import { getInlinePolicy } from './inline-policy-store'

export const ZGetUserPolicyInput = z.object({ UserName: ZUserName, PolicyName: ZPolicyName })

export const getUserPolicy = defineIamOperation({
  name: 'GetUserPolicy',
  readOnly: true,
  input: ZGetUserPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<{ UserName: string; PolicyName: string; PolicyDocument: string }> {
    const { entityName, ...policy } = await getInlinePolicy(tx, caller, 'user', input.UserName, input.PolicyName)
    return { UserName: entityName, ...policy }
  },
})
