import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZUserName } from '../schemas'
import { deleteInlinePolicy } from './inline-policy-store'

export const ZDeleteUserPolicyInput = z.object({ UserName: ZUserName, PolicyName: ZPolicyName })

export const deleteUserPolicy = defineIamOperation({
  name: 'DeleteUserPolicy',
  readOnly: false,
  input: ZDeleteUserPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await deleteInlinePolicy(tx, caller, 'user', input.UserName, input.PolicyName)
    return {}
  },
})
