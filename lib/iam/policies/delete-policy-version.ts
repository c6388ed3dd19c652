import { z } from 'zod'
import { requireCustomerManagedPolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn, ZVersionId } from '../schemas'

export const ZDeletePolicyVersionInput = z.object({ PolicyArn: ZPolicyArn, VersionId: ZVersionId })

export const deletePolicyVersion = defineIamOperation({
  name: 'DeletePolicyVersion',
  readOnly: false,
  input: ZDeletePolicyVersionInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<Record<string, never>> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    const version = await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId: input.VersionId } } })
    if (!version) throw new IamError('NoSuchEntity', `Policy ${input.PolicyArn} version ${input.VersionId} does not exist.`, { field: 'VersionId' })
    if (version.isDefault) throw new IamError('DeleteConflict', 'Cannot delete the default version of a policy.', { field: 'VersionId' })
    await tx.policyVersion.delete({ where: { id: version.id } })
    return {}
  },
})
