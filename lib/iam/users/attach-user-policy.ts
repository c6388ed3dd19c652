import { z } from 'zod'
import { attachManagedPolicy } from '../attached-policies'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { arnValue } from '../request-context'
import { ZPolicyArn, ZUserName } from '../schemas'

export const ZAttachUserPolicyInput = z.object({ UserName: ZUserName, PolicyArn: ZPolicyArn })

export const attachUserPolicy = defineIamOperation({
  name: 'AttachUserPolicy',
  readOnly: false,
  input: ZAttachUserPolicyInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  context: (input) => ({ 'iam:PolicyARN': arnValue(input.PolicyArn) }),
  async run(tx, input, caller): Promise<Record<string, never>> {
    await attachManagedPolicy(tx, caller, 'user', input.UserName, input.PolicyArn)
    return {}
  },
})
