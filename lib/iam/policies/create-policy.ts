import { z } from 'zod'
import { newPolicyId } from '@/lib/credentials/ids'
import { policyCounts, toPolicyDto, type PolicyDto } from '../dto'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { POLICY_SIZE_LIMIT, checkPolicyDocument } from '../policy-document'
import { requestTagContext } from '../request-context'
import { ZDescription, ZPath, ZPolicyDocument, ZPolicyName, ZTags } from '../schemas'
import { checkDistinctTagKeys, newTagRows } from '../tags/tag-list'
import { policyArn } from '../arn'

export const ZCreatePolicyInput = z.object({
  PolicyName: ZPolicyName,
  Path: ZPath.optional(),
  PolicyDocument: ZPolicyDocument,
  Description: ZDescription.optional(),
  Tags: ZTags.optional(),
})

export function checkManagedPolicyDocument(document: string): void {
  checkPolicyDocument(document, 'identity', POLICY_SIZE_LIMIT.managed, `Cannot exceed quota for PolicySize: ${POLICY_SIZE_LIMIT.managed}`)
}

export const createPolicy = defineIamOperation({
  name: 'CreatePolicy',
  readOnly: false,
  input: ZCreatePolicyInput,
  resource: (_db, input, caller) => policyArn(caller.accountId, input.Path ?? '/', input.PolicyName),
  context: (input) => requestTagContext(input.Tags),
  async run(tx, input, caller): Promise<{ Policy: PolicyDto }> {
    checkDistinctTagKeys(input.Tags)
    checkManagedPolicyDocument(input.PolicyDocument)
    const nameKey = input.PolicyName.toLowerCase()
    if (await tx.managedPolicy.findUnique({ where: { accountId_nameKey: { accountId: caller.accountId, nameKey } }, select: { id: true } })) {
      throw new IamError('EntityAlreadyExists', `A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`, { field: 'PolicyName' })
    }
    const path = input.Path ?? '/'
    const policy = await tx.managedPolicy.create({
      data: {
        id: newPolicyId(), accountId: caller.accountId, name: input.PolicyName, nameKey, path,
        arn: policyArn(caller.accountId, path, input.PolicyName),
        description: input.Description ?? null, defaultVersionId: 'v1',
        versions: { create: { versionId: 'v1', document: input.PolicyDocument, isDefault: true } },
        tags: { create: newTagRows(input.Tags) },
      },
      include: { tags: true, ...policyCounts(caller.accountId) },
    })
    return { Policy: toPolicyDto(policy) }
  },
})
