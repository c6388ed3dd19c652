import { z } from 'zod'
import { requireCustomerManagedPolicy } from '../entities'
import { defineIamOperation } from '../operation'
import { requestTagContext } from '../request-context'
import { ZPolicyArn, ZTags } from '../schemas'
import { putTags } from '../tags/tag-list'

export const ZTagPolicyInput = z.object({ PolicyArn: ZPolicyArn, Tags: ZTags })

export const tagPolicy = defineIamOperation({
  name: 'TagPolicy',
  readOnly: false,
  input: ZTagPolicyInput,
  resource: (_db, input) => input.PolicyArn,
  context: (input) => requestTagContext(input.Tags),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    await putTags(tx, { policyId: policy.id }, input.Tags)
    return {}
  },
})
