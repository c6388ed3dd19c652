import { z } from 'zod'
import { toPolicyVersionDto, type PolicyVersionDto } from '../dto'
import { requireCustomerManagedPolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn, ZPolicyDocument } from '../schemas'
import { checkManagedPolicyDocument } from './create-policy'
import { nextVersionId } from './policy-arn'

export const MAX_POLICY_VERSIONS = 5

export const ZCreatePolicyVersionInput = z.object({ PolicyArn: ZPolicyArn, PolicyDocument: ZPolicyDocument, SetAsDefault: z.boolean().optional() })

export const createPolicyVersion = defineIamOperation({
  name: 'CreatePolicyVersion',
  readOnly: false,
  input: ZCreatePolicyVersionInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<{ PolicyVersion: PolicyVersionDto }> {
    const policy = await requireCustomerManagedPolicy(tx, caller, input.PolicyArn)
    checkManagedPolicyDocument(input.PolicyDocument)
    const versions = await tx.policyVersion.findMany({ where: { policyId: policy.id }, select: { versionId: true } })
    if (versions.length >= MAX_POLICY_VERSIONS) {
      throw new IamError(
        'LimitExceeded',
        `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
        { field: 'PolicyDocument' },
      )
    }
    const versionId = nextVersionId(versions.map((v) => v.versionId))
    const setAsDefault = input.SetAsDefault ?? false
    if (setAsDefault) await tx.policyVersion.updateMany({ where: { policyId: policy.id }, data: { isDefault: false } })
    const version = await tx.policyVersion.create({ data: { policyId: policy.id, versionId, document: input.PolicyDocument, isDefault: setAsDefault } })
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { updatedAt: new Date(), ...(setAsDefault ? { defaultVersionId: versionId } : {}) } })
    return { PolicyVersion: toPolicyVersionDto(version) }
  },
})
