// Everything the gate needs about an IAM user as a principal, in one Prisma query: the
// user's inline and attached managed policies, those of each of its groups (default
// versions only), its permissions boundary and its tags (aws:PrincipalTag/*).
import type { Db } from '@/lib/db/client'
import type { PolicyInput, PolicySet } from '@/lib/policy/types'
import { inlinePolicyInput, managedPolicyInput } from './policy-input'

export interface UserPrincipal {
  policySet: PolicySet
  tags: Record<string, string>
  permissionsBoundaryArn?: string
}

const defaultVersion = { where: { isDefault: true }, select: { versionId: true, document: true } } as const
const managed = { select: { policy: { select: { arn: true, versions: defaultVersion } } } } as const
const inline = { select: { name: true, document: true, updatedAt: true } } as const

/** null when the user no longer exists (a deleted user's session then gets no permissions). */
export async function loadUserPolicySet(db: Db, userId: string): Promise<UserPrincipal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      arn: true,
      tags: { select: { key: true, value: true } },
      inlinePolicies: inline,
      attachedPolicies: managed,
      permissionsBoundary: { select: { arn: true, versions: defaultVersion } },
      groups: {
        select: { group: { select: { arn: true, inlinePolicies: inline, attachedPolicies: managed } } },
      },
    },
  })
  if (!user) return null

  const identity: PolicyInput[] = []
  const seenManaged = new Set<string>()
  const addManaged = (attachments: { policy: { arn: string; versions: { versionId: string; document: string }[] } }[]) => {
    for (const { policy } of attachments) {
      // The same managed policy reached directly and through a group is one policy.
      if (seenManaged.has(policy.arn)) continue
      seenManaged.add(policy.arn)
      const version = policy.versions[0]
      if (version) identity.push(managedPolicyInput(policy.arn, version.versionId, version.document))
    }
  }
  for (const p of user.inlinePolicies) identity.push(inlinePolicyInput(user.arn, p.name, p.updatedAt, p.document))
  addManaged(user.attachedPolicies)
  for (const { group } of user.groups) {
    for (const p of group.inlinePolicies) identity.push(inlinePolicyInput(group.arn, p.name, p.updatedAt, p.document))
    addManaged(group.attachedPolicies)
  }

  const policySet: PolicySet = { identity }
  const boundary = user.permissionsBoundary
  const boundaryVersion = boundary?.versions[0]
  if (boundary && boundaryVersion) {
    policySet.permissionsBoundary = [managedPolicyInput(boundary.arn, boundaryVersion.versionId, boundaryVersion.document)]
  }
  const result: UserPrincipal = { policySet, tags: Object.fromEntries(user.tags.map((t) => [t.key, t.value])) }
  if (boundary) result.permissionsBoundaryArn = boundary.arn
  return result
}
