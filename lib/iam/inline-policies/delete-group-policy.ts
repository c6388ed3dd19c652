import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZGroupName } from '../schemas'
import { deleteInlinePolicy } from './inline-policy-store'

export const ZDeleteGroupPolicyInput = z.object({ GroupName: ZGroupName, PolicyName: ZPolicyName })

export const deleteGroupPolicy = defineIamOperation({
  name: 'DeleteGroupPolicy',
  readOnly: false,
  input: ZDeleteGroupPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await deleteInlinePolicy(tx, caller, 'group', input.GroupName, input.PolicyName)
    return {}
  },
})
