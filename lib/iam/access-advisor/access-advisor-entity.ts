// What Access Advisor reads about the user, group, role or managed policy an ARN names:
// its permissions policies (a user's own and its groups', inline and attached managed at
// their default version; a role's; a group's; a managed policy's default version) and
// the users and roles whose attempts count for it (GetServiceLastAccessedDetails: a
// group's members, and for a policy "the user or role that last used the policy", so
// the users it is attached to, the members of the groups it is attached to, and the
// roles it is attached to). A permissions boundary grants nothing and is left out, as
// AWS leaves out every policy type but permissions policies.
import type { Db, DbTransaction } from '@/lib/db/client'
import { parsePolicy } from '@/lib/policy'
import type { PolicyStatements } from '@/lib/policy/summary'
import { parseIamArn } from '../arn'
import type { Caller } from '../caller'
import { nameKeyOf, requirePolicy } from '../entities'
import { IamError, noSuchEntity } from '../errors'

type Reader = Db | DbTransaction

export type AccessAdvisorEntityType = 'user' | 'group' | 'role' | 'policy'

/** A policy as ListPoliciesGrantingServiceAccess names it (PolicyGrantingServiceAccess). */
export interface GrantingPolicy {
  PolicyName: string
  PolicyType: 'INLINE' | 'MANAGED'
  PolicyArn?: string
  /** For an inline policy: the entity it is embedded in. */
  EntityType?: 'USER' | 'GROUP' | 'ROLE'
  EntityName?: string
}

/** A user or role whose attempts count (EntityInfo of GetServiceLastAccessedDetailsWithEntities). */
export interface CountedEntity {
  Id: string
  Arn: string
  Name: string
  Type: 'USER' | 'ROLE'
  Path: string
}

export interface AccessAdvisorEntity {
  type: AccessAdvisorEntityType
  arn: string
  policies: PolicyStatements<GrantingPolicy>[]
  entities: CountedEntity[]
}

/** The ARN's kind, or InvalidInput when it names no user, group, role or managed policy. */
export function accessAdvisorTypeOf(arn: string, allowed: readonly AccessAdvisorEntityType[]): AccessAdvisorEntityType {
  const parsed = parseIamArn(arn)
  const type = parsed?.service === 'iam' ? parsed.resourceType : undefined
  if (!type || !(allowed as readonly string[]).includes(type)) {
    const kinds = allowed.map((k) => (k === 'policy' ? 'managed policy' : k)).join(', ')
    throw new IamError('InvalidInput', `Invalid ARN ${arn}: specify the ARN of an IAM ${kinds}.`, { field: 'Arn' })
  }
  return type as AccessAdvisorEntityType
}

/** An operation's gate resource: the ARN, once it is known to name one of `allowed`. */
export const accessAdvisorResource = (allowed: readonly AccessAdvisorEntityType[]) => (_db: unknown, input: { Arn: string }) => {
  accessAdvisorTypeOf(input.Arn, allowed)
  return input.Arn
}

const DEFAULT_DOCUMENT = { versions: { where: { isDefault: true }, select: { document: true } } } as const
const ATTACHED = { select: { policy: { select: { arn: true, name: true, ...DEFAULT_DOCUMENT } } }, orderBy: { policy: { name: 'asc' } } } as const
const INLINE = { orderBy: { name: 'asc' }, select: { name: true, document: true } } as const
const PRINCIPAL = { select: { id: true, arn: true, name: true, path: true } } as const

const statementsOf = (document: string) => parsePolicy(document).policy?.statements ?? []

class PolicyList {
  readonly list: PolicyStatements<GrantingPolicy>[] = []
  private readonly managed = new Set<string>()
  inline(entityType: 'USER' | 'GROUP' | 'ROLE', entityName: string, policies: { name: string; document: string }[]) {
    for (const p of policies) this.list.push({ policy: { PolicyName: p.name, PolicyType: 'INLINE', EntityType: entityType, EntityName: entityName }, statements: statementsOf(p.document) })
  }
  attached(attachments: { policy: { arn: string; name: string; versions: { document: string }[] } }[]) {
    for (const { policy } of attachments) {
      // A managed policy reached directly and through a group grants once.
      if (this.managed.has(policy.arn) || !policy.versions[0]) continue
      this.managed.add(policy.arn)
      this.list.push({ policy: { PolicyName: policy.name, PolicyType: 'MANAGED', PolicyArn: policy.arn }, statements: statementsOf(policy.versions[0].document) })
    }
  }
}

const asUser = (u: { id: string; arn: string; name: string; path: string }): CountedEntity => ({ Id: u.id, Arn: u.arn, Name: u.name, Type: 'USER', Path: u.path })
const asRole = (r: { id: string; arn: string; name: string; path: string }): CountedEntity => ({ Id: r.id, Arn: r.arn, Name: r.name, Type: 'ROLE', Path: r.path })

/** The entity the ARN names in the caller's account; NoSuchEntity when there is none (a different path included). */
export async function loadAccessAdvisorEntity(db: Reader, caller: Caller, arn: string, allowed: readonly AccessAdvisorEntityType[]): Promise<AccessAdvisorEntity> {
  const type = accessAdvisorTypeOf(arn, allowed)
  const policies = new PolicyList()
  if (type === 'policy') {
    const policy = await requirePolicy(db, caller, arn, 'Arn')
    const [version, users, groups, roles] = await Promise.all([
      db.policyVersion.findFirst({ where: { policyId: policy.id, isDefault: true }, select: { document: true } }),
      db.userPolicyAttachment.findMany({ where: { policyId: policy.id, user: { accountId: caller.accountId } }, select: { user: PRINCIPAL } }),
      db.groupPolicyAttachment.findMany({ where: { policyId: policy.id, group: { accountId: caller.accountId } }, select: { group: { select: { members: { select: { user: PRINCIPAL } } } } } }),
      db.rolePolicyAttachment.findMany({ where: { policyId: policy.id, role: { accountId: caller.accountId } }, select: { role: PRINCIPAL } }),
    ])
    policies.attached([{ policy: { arn: policy.arn, name: policy.name, versions: version ? [version] : [] } }])
    const entities = new Map<string, CountedEntity>()
    for (const { user } of users) entities.set(user.id, asUser(user))
    for (const { group } of groups) for (const { user } of group.members) entities.set(user.id, asUser(user))
    for (const { role } of roles) entities.set(role.id, asRole(role))
    return { type, arn: policy.arn, policies: policies.list, entities: [...entities.values()].sort((a, b) => a.Arn.localeCompare(b.Arn)) }
  }
  const name = parseIamArn(arn)!.name
  const where = { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } }
  if (type === 'user') {
    const user = await db.user.findUnique({
      where,
      select: {
        ...PRINCIPAL.select,
        inlinePolicies: INLINE,
        attachedPolicies: ATTACHED,
        groups: { orderBy: { group: { name: 'asc' } }, select: { group: { select: { name: true, inlinePolicies: INLINE, attachedPolicies: ATTACHED } } } },
      },
    })
    if (!user || user.arn !== arn) throw noSuchEntity('user', name, 'Arn')
    policies.inline('USER', user.name, user.inlinePolicies)
    policies.attached(user.attachedPolicies)
    for (const { group } of user.groups) {
      policies.inline('GROUP', group.name, group.inlinePolicies)
      policies.attached(group.attachedPolicies)
    }
    return { type, arn, policies: policies.list, entities: [asUser(user)] }
  }
  if (type === 'group') {
    const group = await db.group.findUnique({
      where,
      select: { arn: true, name: true, inlinePolicies: INLINE, attachedPolicies: ATTACHED, members: { select: { user: PRINCIPAL }, orderBy: { user: { name: 'asc' } } } },
    })
    if (!group || group.arn !== arn) throw noSuchEntity('group', name, 'Arn')
    policies.inline('GROUP', group.name, group.inlinePolicies)
    policies.attached(group.attachedPolicies)
    return { type, arn, policies: policies.list, entities: group.members.map((m) => asUser(m.user)) }
  }
  const role = await db.role.findUnique({ where, select: { ...PRINCIPAL.select, inlinePolicies: INLINE, attachedPolicies: ATTACHED } })
  if (!role || role.arn !== arn) throw noSuchEntity('role', name, 'Arn')
  policies.inline('ROLE', role.name, role.inlinePolicies)
  policies.attached(role.attachedPolicies)
  return { type, arn, policies: policies.list, entities: [asRole(role)] }
}
