import { z } from 'zod'
import { toPolicyVersionDto, type PolicyVersionDto } from '../dto'
import { requirePolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn, ZVersionId } from '../schemas'

export const ZGetPolicyVersionInput = z.object({ PolicyArn: ZPolicyArn, VersionId: ZVersionId })

export const getPolicyVersion = defineIamOperation({
  name: 'GetPolicyVersion',
  readOnly: true,
  input: ZGetPolicyVersionInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<{ PolicyVersion: PolicyVersionDto }> {
    const policy = await requirePolicy(tx, caller, input.PolicyArn)
    const version = await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId: input.VersionId } } })
    if (!version) throw new IamError('NoSuchEntity', `Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`, { field: 'VersionId' })
    return { PolicyVersion: toPolicyVersionDto(version) }
  },
})
