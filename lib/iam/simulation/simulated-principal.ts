// The policies SimulatePrincipalPolicy and GetContextKeysForPrincipalPolicy read for a
// PolicySourceArn: "If you specify a user, group, or role, the simulation includes all
// policies that are associated with that entity. If you specify a user, the simulation
// also includes all policies that are attached to any groups the user belongs to" (IAM
// API Reference). As the gate reads them (load-gate-facts.ts): inline policies, attached
// managed policies at their default version (one managed policy reached directly and
// through a group counts once), and the user's or role's permissions boundary. Each is
// named by its SourcePolicyId (principalPolicySourceId).
import type { Db, DbTransaction } from '@/lib/db/client'
import { principalPolicySourceId, type PrincipalPolicyText, type SimulatedPrincipal } from '@/lib/policy'
import type { Caller } from '../caller'
import { nameKeyOf } from '../entities'
import { noSuchEntity } from '../errors'
import type { PolicySource } from './simulation-input'

type Reader = Db | DbTransaction

const DEFAULT_DOCUMENT = { versions: { where: { isDefault: true }, select: { document: true } } } as const
const ATTACHED = { include: { policy: { include: DEFAULT_DOCUMENT } }, orderBy: { policy: { name: 'asc' } } } as const
const INLINE = { orderBy: { name: 'asc' }, select: { name: true, document: true } } as const

interface Attached {
  policy: { arn: string; name: string; versions: { document: string }[] }
}

/** The principal's policies; NoSuchEntity when the ARN names no user, group or role of the caller's account (a path that differs included). */
export async function loadSimulatedPrincipal(db: Reader, caller: Caller, source: PolicySource): Promise<SimulatedPrincipal> {
  const where = { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(source.name) } }
  const identity: PrincipalPolicyText[] = []
  const seenManaged = new Set<string>()
  const addInline = (owner: 'user' | 'group' | 'role', ownerName: string, policies: { name: string; document: string }[]) => {
    for (const p of policies) identity.push({ id: principalPolicySourceId({ kind: 'inline', owner, ownerName, policyName: p.name }), document: p.document })
  }
  const addAttached = (attachments: Attached[]) => {
    for (const { policy } of attachments) {
      if (seenManaged.has(policy.arn) || !policy.versions[0]) continue
      seenManaged.add(policy.arn)
      identity.push({ id: principalPolicySourceId({ kind: 'managed', policyName: policy.name }), document: policy.versions[0].document })
    }
  }
  const boundaryOf = (boundary: { name: string; versions: { document: string }[] } | null): PrincipalPolicyText | undefined =>
    boundary?.versions[0] ? { id: principalPolicySourceId({ kind: 'managed', policyName: boundary.name }), document: boundary.versions[0].document } : undefined
  const missing = () => noSuchEntity(source.kind, source.name, 'PolicySourceArn')

  if (source.kind === 'user') {
    const user = await db.user.findUnique({
      where,
      include: {
        inlinePolicies: INLINE,
        attachedPolicies: ATTACHED,
        permissionsBoundary: { include: DEFAULT_DOCUMENT },
        groups: { orderBy: { group: { name: 'asc' } }, include: { group: { include: { inlinePolicies: INLINE, attachedPolicies: ATTACHED } } } },
      },
    })
    if (!user || user.arn !== source.arn) throw missing()
    addInline('user', user.name, user.inlinePolicies)
    addAttached(user.attachedPolicies)
    for (const { group } of user.groups) {
      addInline('group', group.name, group.inlinePolicies)
      addAttached(group.attachedPolicies)
    }
    const boundary = boundaryOf(user.permissionsBoundary)
    return { accountId: caller.accountId, identity, ...(boundary ? { boundary } : {}) }
  }
  if (source.kind === 'group') {
    const group = await db.group.findUnique({ where, include: { inlinePolicies: INLINE, attachedPolicies: ATTACHED } })
    if (!group || group.arn !== source.arn) throw missing()
    addInline('group', group.name, group.inlinePolicies)
    addAttached(group.attachedPolicies)
    return { accountId: caller.accountId, identity }
  }
  const role = await db.role.findUnique({ where, include: { inlinePolicies: INLINE, attachedPolicies: ATTACHED, permissionsBoundary: { include: DEFAULT_DOCUMENT } } })
  if (!role || role.arn !== source.arn) throw missing()
  addInline('role', role.name, role.inlinePolicies)
  addAttached(role.attachedPolicies)
  const boundary = boundaryOf(role.permissionsBoundary)
  return { accountId: caller.accountId, identity, ...(boundary ? { boundary } : {}) }
}
