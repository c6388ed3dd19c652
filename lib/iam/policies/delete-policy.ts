import { z } from 'zod'
import { policyCounts } from '../dto'
import { requireCustomerManagedPolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn } from '../schemas'

export const ZDeletePolicyInput = z.object({ PolicyArn: ZPolicyArn })

export const deletePolicy = defineIamOperation({
  name: 'DeletePolicy',
  readOnly: false,
  input: ZDeletePolicyInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<Record<string, never>> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    const { _count: c } = await tx.managedPolicy.findUniqueOrThrow({ where: { id: policy.id }, select: policyCounts(caller.accountId) })
    if (c.userAttachments + c.groupAttachments + c.roleAttachments > 0) {
      throw new IamError('DeleteConflict', 'Cannot delete a policy attached to entities.', { field: 'PolicyArn' })
    }
    if (c.usersBounded + c.rolesBounded > 0) {
      throw new IamError('DeleteConflict', 'Cannot delete a policy used as a permissions boundary.', { field: 'PolicyArn' })
    }
    if ((await tx.policyVersion.count({ where: { policyId: policy.id } })) > 1) {
      throw new IamError(
        'DeleteConflict',
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        { field: 'PolicyArn' },
      )
    }
    await tx.managedPolicy.delete({ where: { id: policy.id } })
    return {}
  },
})
