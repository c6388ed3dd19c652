// Inline policies of the three entity kinds: their API field, console path and size quota
// (IAM User Guide, "IAM and AWS STS quotas": user 2,048, group 5,120, role 10,240
// characters without white space, for all of the entity's inline policies together).
export type InlinePolicyOwnerKind = 'user' | 'group' | 'role'

export const INLINE_POLICY_OWNERS = {
  user: { field: 'UserName', base: '/users', label: 'user', maxLength: 2048 },
  group: { field: 'GroupName', base: '/groups', label: 'user group', maxLength: 5120 },
  role: { field: 'RoleName', base: '/roles', label: 'role', maxLength: 10240 },
} as const

export const ownerHref = (kind: InlinePolicyOwnerKind, name: string) => `${INLINE_POLICY_OWNERS[kind].base}/${encodeURIComponent(name)}`
export const inlinePolicyHref = (kind: InlinePolicyOwnerKind, owner: string, policy: string) =>
  `${ownerHref(kind, owner)}/inline-policies/${encodeURIComponent(policy)}`
