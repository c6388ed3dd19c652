import { z } from 'zod'
import type { ListResult } from '../dto'
import { requirePolicy } from '../entities'
import { withPathPrefix } from '../path-prefix'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix, ZPolicyArn } from '../schemas'

export const ZListEntitiesForPolicyInput = z.object({
  PolicyArn: ZPolicyArn,
  EntityFilter: z.enum(['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']).optional(),
  PathPrefix: ZPathPrefix.optional(),
  PolicyUsageFilter: z.enum(['PermissionsPolicy', 'PermissionsBoundary']).optional(),
  Marker: ZMarker.optional(),
  MaxItems: ZMaxItems.optional(),
})

export interface EntitiesForPolicyDto extends ListResult {
  PolicyGroups: { GroupName: string; GroupId: string }[]
  PolicyUsers: { UserName: string; UserId: string }[]
  PolicyRoles: { RoleName: string; RoleId: string }[]
}

export const listEntitiesForPolicy = defineIamOperation({
  name: 'ListEntitiesForPolicy',
  readOnly: true,
  input: ZListEntitiesForPolicyInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<EntitiesForPolicyDto> {
    const policy = await requirePolicy(tx, caller, input.PolicyArn)
    const accountId = caller.accountId
    // LIKE narrows, withPathPrefix keeps the exact matches (lib/iam/path-prefix.ts).
    const path = input.PathPrefix ? { path: { startsWith: input.PathPrefix } } : {}
    const exact = <T extends { path: string }>(rows: T[]) => withPathPrefix(rows, input.PathPrefix)
    const want = (kind: 'User' | 'Group' | 'Role') => !input.EntityFilter || input.EntityFilter === kind
    const asPolicy = input.PolicyUsageFilter !== 'PermissionsBoundary'
    const asBoundary = input.PolicyUsageFilter !== 'PermissionsPolicy'
    const usersAttached = asPolicy && want('User') ? await tx.user.findMany({ where: { accountId, ...path, attachedPolicies: { some: { policyId: policy.id } } }, orderBy: { nameKey: 'asc' } }) : []
    const usersBounded = asBoundary && want('User') ? await tx.user.findMany({ where: { accountId, ...path, permissionsBoundaryId: policy.id }, orderBy: { nameKey: 'asc' } }) : []
    const groups = asPolicy && want('Group') ? await tx.group.findMany({ where: { accountId, ...path, attachedPolicies: { some: { policyId: policy.id } } }, orderBy: { nameKey: 'asc' } }) : []
    const rolesAttached = asPolicy && want('Role') ? await tx.role.findMany({ where: { accountId, ...path, attachedPolicies: { some: { policyId: policy.id } } }, orderBy: { nameKey: 'asc' } }) : []
    const rolesBounded = asBoundary && want('Role') ? await tx.role.findMany({ where: { accountId, ...path, permissionsBoundaryId: policy.id }, orderBy: { nameKey: 'asc' } }) : []
    const unique = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()]
    return {
      PolicyGroups: exact(groups).map((g) => ({ GroupName: g.name, GroupId: g.id })),
      PolicyUsers: exact(unique([...usersAttached, ...usersBounded])).map((u) => ({ UserName: u.name, UserId: u.id })),
      PolicyRoles: exact(unique([...rolesAttached, ...rolesBounded])).map((r) => ({ RoleName: r.name, RoleId: r.id })),
      IsTruncated: false,
    }
  },
})
