import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyName, ZGroupName } from '../schemas'
import { getInlinePolicy } from './inline-policy-store'

export const ZGetGroupPolicyInput = z.object({ GroupName: ZGroupName, PolicyName: ZPolicyName })

export const getGroupPolicy = defineIamOperation({
  name: 'GetGroupPolicy',
  readOnly: true,
  input: ZGetGroupPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<{ GroupName: string; PolicyName: string; PolicyDocument: string }> {
    const { entityName, ...policy } = await getInlinePolicy(tx, caller, 'group', input.GroupName, input.PolicyName)
    return { GroupName: entityName, ...policy }
  },
})
