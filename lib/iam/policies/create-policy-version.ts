import { z } from 'zod'
import { toPolicyVersionDto, type PolicyVersionDto } from '../dto'
import { requireCustomerManagedPolicy } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPolicyArn, ZPolicyDocument } from '../schemas'
import { checkManagedPolicyDocument } from './create-policy'
import { versionIdOf } from './policy-version-id'

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
    // The counter's increment comes first: it locks the policy's row, so concurrent
    // calls for one policy take turns (neither passes the 5-version check on a stale
    // count), and a refused call rolls it back. Ids are never reused, as in AWS: after
    // v1-v5, deleting v5 and creating gives v6.
    const setAsDefault = input.SetAsDefault ?? false
    const { lastVersionNumber } = await tx.managedPolicy.update({
      where: { id: policy.id },
      data: { lastVersionNumber: { increment: 1 }, updatedAt: new Date() },
      select: { lastVersionNumber: true },
    })
    const versionId = versionIdOf(lastVersionNumber)
    if ((await tx.policyVersion.count({ where: { policyId: policy.id } })) >= MAX_POLICY_VERSIONS) {
      throw new IamError(
        'LimitExceeded',
        `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
        { field: 'PolicyDocument' },
      )
    }
    if (setAsDefault) {
      await tx.policyVersion.updateMany({ where: { policyId: policy.id }, data: { isDefault: false } })
      await tx.managedPolicy.update({ where: { id: policy.id }, data: { defaultVersionId: versionId } })
    }
    const version = await tx.policyVersion.create({ data: { policyId: policy.id, versionId, document: input.PolicyDocument, isDefault: setAsDefault } })
    return { PolicyVersion: toPolicyVersionDto(version) }
  },
})
