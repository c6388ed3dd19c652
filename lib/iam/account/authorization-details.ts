// The members of GetAccountAuthorizationDetails' answer (IAM API Reference: UserDetail,
// GroupDetail, RoleDetail, ManagedPolicyDetail), built from rows read with the includes
// below. Policy documents are the stored text, as every lib/iam operation returns them;
// the Query API URL-encodes them on the wire (lib/aws-api/query-xml.ts), as IAM does.
import type { Prisma } from '@/lib/generated/prisma/client'
import { policyCounts, toPolicyDto, toPolicyVersionDto, toRoleDto, toUserDto, type AttachedPolicyDto, type PolicyDto, type PolicyVersionDto, type RoleDto, type UserDto } from '../dto'

export interface PolicyDetail {
  PolicyName: string
  PolicyDocument: string
}

export type UserDetail = Omit<UserDto, 'PasswordLastUsed'> & {
  UserPolicyList: PolicyDetail[]
  GroupList: string[]
  AttachedManagedPolicies: AttachedPolicyDto[]
}

export interface GroupDetail {
  Path: string
  GroupName: string
  GroupId: string
  Arn: string
  CreateDate: string
  GroupPolicyList: PolicyDetail[]
  AttachedManagedPolicies: AttachedPolicyDto[]
}

export type RoleDetail = Omit<RoleDto, 'Description' | 'MaxSessionDuration'> & {
  InstanceProfileList: never[]
  RolePolicyList: PolicyDetail[]
  AttachedManagedPolicies: AttachedPolicyDto[]
}

export type ManagedPolicyDetail = Omit<PolicyDto, 'Tags'> & { PolicyVersionList: PolicyVersionDto[] }

const inline = { orderBy: { name: 'asc' }, select: { name: true, document: true } } as const
const attached = { orderBy: { policy: { nameKey: 'asc' } }, select: { policy: { select: { name: true, arn: true } } } } as const
const boundary = { select: { arn: true } } as const

export const USER_DETAIL_INCLUDE = {
  inlinePolicies: inline,
  attachedPolicies: attached,
  groups: { orderBy: { group: { nameKey: 'asc' } }, select: { group: { select: { name: true } } } },
  tags: { orderBy: { key: 'asc' } },
  permissionsBoundary: boundary,
} as const satisfies Prisma.UserInclude
export const GROUP_DETAIL_INCLUDE = { inlinePolicies: inline, attachedPolicies: attached } as const satisfies Prisma.GroupInclude
export const ROLE_DETAIL_INCLUDE = {
  inlinePolicies: inline, attachedPolicies: attached, tags: { orderBy: { key: 'asc' } }, permissionsBoundary: boundary,
} as const satisfies Prisma.RoleInclude
export const policyDetailInclude = (accountId: string) =>
  ({ versions: { orderBy: { createdAt: 'asc' } }, ...policyCounts(accountId) }) as const satisfies Prisma.ManagedPolicyInclude

type UserRow = Prisma.UserGetPayload<{ include: typeof USER_DETAIL_INCLUDE }>
type GroupRow = Prisma.GroupGetPayload<{ include: typeof GROUP_DETAIL_INCLUDE }>
type RoleRow = Prisma.RoleGetPayload<{ include: typeof ROLE_DETAIL_INCLUDE }>
type PolicyRow = Prisma.ManagedPolicyGetPayload<{ include: ReturnType<typeof policyDetailInclude> }>

const policyList = (rows: { name: string; document: string }[]): PolicyDetail[] =>
  rows.map((p) => ({ PolicyName: p.name, PolicyDocument: p.document }))
const attachedList = (rows: { policy: { name: string; arn: string } }[]): AttachedPolicyDto[] =>
  rows.map((a) => ({ PolicyName: a.policy.name, PolicyArn: a.policy.arn }))

export function toUserDetail(u: UserRow): UserDetail {
  // UserDetail has no PasswordLastUsed (it is GetUser's and ListUsers').
  const user = toUserDto({ ...u, passwordLastUsedAt: null })
  return { ...user, UserPolicyList: policyList(u.inlinePolicies), GroupList: u.groups.map((m) => m.group.name), AttachedManagedPolicies: attachedList(u.attachedPolicies) }
}

export function toGroupDetail(g: GroupRow): GroupDetail {
  return {
    Path: g.path, GroupName: g.name, GroupId: g.id, Arn: g.arn, CreateDate: g.createdAt.toISOString(),
    GroupPolicyList: policyList(g.inlinePolicies), AttachedManagedPolicies: attachedList(g.attachedPolicies),
  }
}

export function toRoleDetail(r: RoleRow): RoleDetail {
  // RoleDetail has neither Description nor MaxSessionDuration (GetRole has them).
  const { Description: _d, MaxSessionDuration: _m, ...role } = toRoleDto(r)
  return {
    ...role,
    AssumeRolePolicyDocument: r.assumeRolePolicyDocument,
    // Instance profiles are not modelled in the sandbox.
    InstanceProfileList: [],
    RolePolicyList: policyList(r.inlinePolicies),
    AttachedManagedPolicies: attachedList(r.attachedPolicies),
  }
}

export function toManagedPolicyDetail(p: PolicyRow): ManagedPolicyDetail {
  const { Tags: _tags, ...policy } = toPolicyDto(p)
  return { ...policy, PolicyVersionList: p.versions.map((v) => ({ ...toPolicyVersionDto(v), Document: v.document })) }
}
