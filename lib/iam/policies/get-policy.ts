import { z } from 'zod'
import { policyCounts, toPolicyDto, type PolicyDto } from '../dto'
import { requirePolicy } from '../entities'
import { defineIamOperation } from '../operation'
import { ZPolicyArn } from '../schemas'

export const ZGetPolicyInput = z.object({ PolicyArn: ZPolicyArn })

export const getPolicy = defineIamOperation({
  name: 'GetPolicy',
  readOnly: true,
  input: ZGetPolicyInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<{ Policy: PolicyDto }> {
    const policy = await requirePolicy(tx, caller, input.PolicyArn)
    const full = await tx.managedPolicy.findUniqueOrThrow({
      where: { id: policy.id }, include: { tags: { orderBy: { key: 'asc' } }, ...policyCounts(caller.accountId) },
    })
    return { Policy: toPolicyDto(full) }
  },
})
