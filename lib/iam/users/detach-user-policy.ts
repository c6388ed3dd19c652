import { z } from 'zod'
import { detachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZUserName } from '../schemas'

export const ZDetachUserPolicyInput = z.object({ UserName: ZUserName, PolicyArn: ZPolicyArn })

export const detachUserPolicy = defineIamOperation({
  name: 'DetachUserPolicy',
  readOnly: false,
  input: ZDetachUserPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await detachManagedPolicy(tx, caller, 'user', input.UserName, input.PolicyArn)
    return {}
  },
})
