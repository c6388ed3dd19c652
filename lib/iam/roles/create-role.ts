import { z } from 'zod'
import { newRoleId } from '@/lib/credentials/ids'
import { toRoleDto, type RoleDto } from '../dto'
import { entityAlreadyExistsCheck, requirePolicy } from '../entities'
import { roleArn } from '../arn'
import { defineIamOperation } from '../operation'
import { POLICY_SIZE_LIMIT, checkPolicyDocument } from '../policy-document'
import { arnValue, requestTagContext } from '../request-context'
import { ZDescription, ZPath, ZPolicyArn, ZPolicyDocument, ZRoleName, ZTags } from '../schemas'
import { checkDistinctTagKeys, newTagRows } from '../tags/tag-list'

export const ZMaxSessionDuration = z
  .number()
  .int()
  .min(3600, { error: 'Member must have value greater than or equal to 3600' })
  .max(43200, { error: 'Member must have value less than or equal to 43200' })

export const ZCreateRoleInput = z.object({
  RoleName: ZRoleName,
  Path: ZPath.optional(),
  AssumeRolePolicyDocument: ZPolicyDocument,
  Description: ZDescription.optional(),
  MaxSessionDuration: ZMaxSessionDuration.optional(),
  PermissionsBoundary: ZPolicyArn.optional(),
  Tags: ZTags.optional(),
})

/** A trust policy is a resource-based policy of the role: checked as AWS checks one. */
export function checkTrustPolicy(document: string, field = 'AssumeRolePolicyDocument'): void {
  checkPolicyDocument(document, 'trust', POLICY_SIZE_LIMIT.trust, `Cannot exceed quota for ACLSizePerRole: ${POLICY_SIZE_LIMIT.trust}`, field)
}

export const createRole = defineIamOperation({
  name: 'CreateRole',
  readOnly: false,
  input: ZCreateRoleInput,
  resource: (_db, input, caller) => roleArn(caller.accountId, input.Path ?? '/', input.RoleName),
  context: (input) => ({
    ...requestTagContext(input.Tags),
    ...(input.PermissionsBoundary ? { 'iam:PermissionsBoundary': arnValue(input.PermissionsBoundary) } : {}),
  }),
  async run(tx, input, caller): Promise<{ Role: RoleDto }> {
    checkDistinctTagKeys(input.Tags)
    checkTrustPolicy(input.AssumeRolePolicyDocument)
    await entityAlreadyExistsCheck(tx, caller, 'role', input.RoleName)
    const boundary = input.PermissionsBoundary ? await requirePolicy(tx, caller, input.PermissionsBoundary, 'PermissionsBoundary') : null
    const path = input.Path ?? '/'
    const role = await tx.role.create({
      data: {
        id: newRoleId(), accountId: caller.accountId, name: input.RoleName, nameKey: input.RoleName.toLowerCase(), path,
        arn: roleArn(caller.accountId, path, input.RoleName),
        assumeRolePolicyDocument: input.AssumeRolePolicyDocument,
        description: input.Description ?? null,
        maxSessionDuration: input.MaxSessionDuration ?? 3600,
        permissionsBoundaryId: boundary?.id ?? null,
        tags: { create: newTagRows(input.Tags) },
      },
      include: { tags: true, permissionsBoundary: { select: { arn: true } } },
    })
    return { Role: toRoleDto(role) }
  },
})
