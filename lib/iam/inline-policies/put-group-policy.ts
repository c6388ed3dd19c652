import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyDocument, ZPolicyName, ZGroupName } from '../schemas'
import { putInlinePolicy } from './inline-policy-store'

export const ZPutGroupPolicyInput = z.object({ GroupName: ZGroupName, PolicyName: ZPolicyName, PolicyDocument: ZPolicyDocument })

export const putGroupPolicy = defineIamOperation({
  name: 'PutGroupPolicy',
  readOnly: false,
  input: ZPutGroupPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await putInlinePolicy(tx, caller, 'group', input.GroupName, input.PolicyName, input.PolicyDocument)
    return {}
  },
})
