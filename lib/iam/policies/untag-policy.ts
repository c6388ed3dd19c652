import { z } from 'zod'
import { requireCustomerManagedPolicy } from '../entities'
import { defineIamOperation } from '../operation'
import { tagKeysContext } from '../request-context'
import { ZPolicyArn, ZTagKeys } from '../schemas'
import { removeTags } from '../tags/tag-list'

export const ZUntagPolicyInput = z.object({ PolicyArn: ZPolicyArn, TagKeys: ZTagKeys })

export const untagPolicy = defineIamOperation({
  name: 'UntagPolicy',
  readOnly: false,
  input: ZUntagPolicyInput,
  resource: (_db, input) => input.PolicyArn,
  context: (input) => tagKeysContext(input.TagKeys),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    await removeTags(tx, { policyId: policy.id }, input.TagKeys)
    return {}
  },
})
