import { z } from 'zod'
import { detachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZGroupName } from '../schemas'

export const ZDetachGroupPolicyInput = z.object({ GroupName: ZGroupName, PolicyArn: ZPolicyArn })

export const detachGroupPolicy = defineIamOperation({
  name: 'DetachGroupPolicy',
  readOnly: false,
  input: ZDetachGroupPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await detachManagedPolicy(tx, caller, 'group', input.GroupName, input.PolicyArn)
    return {}
  },
})
