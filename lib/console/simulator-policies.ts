// The policies the policy simulator lists for a chosen user, group or role, each with its
// document, read through the same gated operations as the entity's own pages: a learner
// sees (and can switch off) only what they may read. For a user: its inline and attached
// policies, those of each of its groups, and its permissions boundary.
import type { Caller } from '@/lib/iam/caller'
import { parseIamArn } from '@/lib/iam/arn'
import { IamError } from '@/lib/iam/errors'
import { principalPolicySourceId } from '@/lib/policy'
import {
  getGroupPolicy, getPolicy, getPolicyVersion, getRole, getRolePolicy, getUser, getUserPolicy,
  listAttachedGroupPolicies, listAttachedRolePolicies, listAttachedUserPolicies, listGroupPolicies, listGroupsForUser, listRolePolicies, listUserPolicies,
} from '@/lib/iam'

export type SimulatorPrincipalKind = 'user' | 'group' | 'role'

export interface SimulatorPolicy {
  /** Unique within the principal's list: the form's checkbox value. */
  id: string
  name: string
  kind: 'identity' | 'permissionsBoundary'
  /** Where it comes from, as the simulator lists it: "Inline policy", "Attached from group Admins", "Permissions boundary". */
  source: string
  document: string
  /** The managed policy's ARN; absent for inline policies. */
  arn?: string
  /** How SimulatePrincipalPolicy names it in MatchedStatements (SourcePolicyId). */
  sourcePolicyId: string
}

export interface SimulatorPrincipal {
  kind: SimulatorPrincipalKind
  name: string
  arn: string
  policies: SimulatorPolicy[]
}

// AWS's own quotas bound these lists (10 groups per user, 20 attached policies per entity).
const ALL = 1000

async function managed(caller: Caller, PolicyArn: string, id: string, source: string, kind: SimulatorPolicy['kind'] = 'identity'): Promise<SimulatorPolicy> {
  const { Policy } = await getPolicy(caller, { PolicyArn })
  const { PolicyVersion } = await getPolicyVersion(caller, { PolicyArn, VersionId: Policy.DefaultVersionId })
  return { id, name: Policy.PolicyName, kind, source, document: PolicyVersion.Document, arn: PolicyArn, sourcePolicyId: principalPolicySourceId({ kind: 'managed', policyName: Policy.PolicyName }) }
}

const inline = (owner: SimulatorPrincipalKind, ownerName: string, policyName: string) => principalPolicySourceId({ kind: 'inline', owner, ownerName, policyName })

/** `from`: how the list says where a group's policies come from ("from group Admins"); none for the group itself. */
async function groupPolicies(caller: Caller, GroupName: string, from?: string): Promise<SimulatorPolicy[]> {
  const { PolicyNames } = await listGroupPolicies(caller, { GroupName, MaxItems: ALL })
  const { AttachedPolicies } = await listAttachedGroupPolicies(caller, { GroupName, MaxItems: ALL })
  return [
    ...(await Promise.all(PolicyNames.map(async (PolicyName) => {
      const { PolicyDocument } = await getGroupPolicy(caller, { GroupName, PolicyName })
      return {
        id: `group:${GroupName}:inline:${PolicyName}`, name: PolicyName, kind: 'identity' as const, source: from ? `Inline policy ${from}` : 'Inline policy',
        document: PolicyDocument, sourcePolicyId: inline('group', GroupName, PolicyName),
      }
    }))),
    ...(await Promise.all(AttachedPolicies.map((p) => managed(caller, p.PolicyArn, `group:${GroupName}:managed:${p.PolicyArn}`, from ? `Attached ${from}` : 'Attached directly')))),
  ]
}

/** The principal an ARN names, with its policies; NoSuchEntity or InvalidInput as the operations word them. */
export async function simulatorPrincipal(caller: Caller, policySourceArn: string): Promise<SimulatorPrincipal> {
  const arn = parseIamArn(policySourceArn)
  if (!arn || arn.accountId !== caller.accountId || (arn.resourceType !== 'user' && arn.resourceType !== 'group' && arn.resourceType !== 'role')) {
    throw new IamError('InvalidInput', `Invalid ARN: ${policySourceArn}. Choose a user, group or role of this account.`, { field: 'PolicySourceArn' })
  }
  const name = arn.name
  if (arn.resourceType === 'group') {
    return { kind: 'group', name, arn: policySourceArn, policies: await groupPolicies(caller, name) }
  }
  if (arn.resourceType === 'user') {
    const { User } = await getUser(caller, { UserName: name })
    const { PolicyNames } = await listUserPolicies(caller, { UserName: name, MaxItems: ALL })
    const { AttachedPolicies } = await listAttachedUserPolicies(caller, { UserName: name, MaxItems: ALL })
    const { Groups } = await listGroupsForUser(caller, { UserName: name, MaxItems: ALL })
    const policies: SimulatorPolicy[] = [
      ...(await Promise.all(PolicyNames.map(async (PolicyName) => {
        const { PolicyDocument } = await getUserPolicy(caller, { UserName: name, PolicyName })
        return { id: `inline:${PolicyName}`, name: PolicyName, kind: 'identity' as const, source: 'Inline policy', document: PolicyDocument, sourcePolicyId: inline('user', name, PolicyName) }
      }))),
      ...(await Promise.all(AttachedPolicies.map((p) => managed(caller, p.PolicyArn, `managed:${p.PolicyArn}`, 'Attached directly')))),
      ...(await Promise.all(Groups.map((g) => groupPolicies(caller, g.GroupName, `from group ${g.GroupName}`)))).flat(),
    ]
    if (User.PermissionsBoundary) policies.push(await managed(caller, User.PermissionsBoundary.PermissionsBoundaryArn, 'boundary', 'Permissions boundary', 'permissionsBoundary'))
    return { kind: 'user', name: User.UserName, arn: User.Arn, policies }
  }
  const { Role } = await getRole(caller, { RoleName: name })
  const { PolicyNames } = await listRolePolicies(caller, { RoleName: name, MaxItems: ALL })
  const { AttachedPolicies } = await listAttachedRolePolicies(caller, { RoleName: name, MaxItems: ALL })
  const policies: SimulatorPolicy[] = [
    ...(await Promise.all(PolicyNames.map(async (PolicyName) => {
      const { PolicyDocument } = await getRolePolicy(caller, { RoleName: name, PolicyName })
      return { id: `inline:${PolicyName}`, name: PolicyName, kind: 'identity' as const, source: 'Inline policy', document: PolicyDocument, sourcePolicyId: inline('role', name, PolicyName) }
    }))),
    ...(await Promise.all(AttachedPolicies.map((p) => managed(caller, p.PolicyArn, `managed:${p.PolicyArn}`, 'Attached directly')))),
  ]
  if (Role.PermissionsBoundary) policies.push(await managed(caller, Role.PermissionsBoundary.PermissionsBoundaryArn, 'boundary', 'Permissions boundary', 'permissionsBoundary'))
  return { kind: 'role', name: Role.RoleName, arn: Role.Arn, policies }
}
