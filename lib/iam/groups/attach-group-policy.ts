import { z } from 'zod'
import { attachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZGroupName } from '../schemas'

export const ZAttachGroupPolicyInput = z.object({ GroupName: ZGroupName, PolicyArn: ZPolicyArn })

export const attachGroupPolicy = defineIamOperation({
  name: 'AttachGroupPolicy',
  readOnly: false,
  input: ZAttachGroupPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await attachManagedPolicy(tx, caller, 'group', input.GroupName, input.PolicyArn)
    return {}
  },
})
