import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyDocument, ZPolicyName, ZUserName } from '../schemas'
import { putInlinePolicy } from './inline-policy-store'

export const ZPutUserPolicyInput = z.object({ UserName: ZUserName, PolicyName: ZPolicyName, PolicyDocument: ZPolicyDocument })

export const putUserPolicy = defineIamOperation({
  name: 'PutUserPolicy',
  readOnly: false,
  input: ZPutUserPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await putInlinePolicy(tx, caller, 'user', input.UserName, input.PolicyName, input.PolicyDocument)
    return {}
  },
})
