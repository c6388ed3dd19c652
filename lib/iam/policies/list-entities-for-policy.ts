import { z } from 'zod'
import type { ListResult } from '../dto'
import { requirePolicy } from '../entities'
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
    const path = input.PathPrefix ? { path: { startsWith: input.PathPrefix } } : {}
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
      PolicyGroups: groups.map((g) => ({ GroupName: g.name, GroupId: g.id })),
      PolicyUsers: unique([...usersAttached, ...usersBounded]).map((u) => ({ UserName: u.name, UserId: u.id })),
      PolicyRoles: unique([...rolesAttached, ...rolesBounded]).map((r) => ({ RoleName: r.name, RoleId: r.id })),
      IsTruncated: false,
    }
  },
})
