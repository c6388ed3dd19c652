import { z } from 'zod'
import { requireCustomerManagedPolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn, ZVersionId } from '../schemas'

export const ZSetDefaultPolicyVersionInput = z.object({ PolicyArn: ZPolicyArn, VersionId: ZVersionId })

export const setDefaultPolicyVersion = defineIamOperation({
  name: 'SetDefaultPolicyVersion',
  readOnly: false,
  input: ZSetDefaultPolicyVersionInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<Record<string, never>> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    const version = await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId: input.VersionId } } })
    if (!version) throw new IamError('NoSuchEntity', `Policy ${input.PolicyArn} version ${input.VersionId} does not exist.`, { field: 'VersionId' })
    await tx.policyVersion.updateMany({ where: { policyId: policy.id }, data: { isDefault: false } })
    await tx.policyVersion.update({ where: { id: version.id }, data: { isDefault: true } })
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { defaultVersionId: version.versionId, updatedAt: new Date() } })
    return {}
  },
})
