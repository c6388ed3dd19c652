import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { requirePolicy } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPolicyArn, type TTag } from '../schemas'
import { listTags } from '../tags/tag-list'

export const ZListPolicyTagsInput = z.object({ PolicyArn: ZPolicyArn, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listPolicyTags = defineIamOperation({
  name: 'ListPolicyTags',
  readOnly: true,
  input: ZListPolicyTagsInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<{ Tags: TTag[] } & ListResult> {
    const policy = await requirePolicy(tx, caller, input.PolicyArn)
    const { items, ...rest } = page(await listTags(tx, { policyId: policy.id }), input.Marker, input.MaxItems)
    return { Tags: items, ...rest }
  },
})
