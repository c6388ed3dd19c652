// Managed policies attached to a user, group or role: shared by the Attach*, Detach*
// and ListAttached*Policies operations of the three entity kinds.
import type { DbTransaction } from '@/lib/db/client'
import { lockRow } from '@/lib/db/lock-row'
import type { Caller } from './caller'
import { page, type AttachedPolicyDto, type ListResult } from './dto'
import { requireEntity, requirePolicy, type EntityKind } from './entities'
import { IamError } from './errors'

/** AWS's default quota of managed policies attached per user, group and role. */
export const MAX_ATTACHED_POLICIES = 10

const QUOTA_NAME = { user: 'PoliciesPerUser', group: 'PoliciesPerGroup', role: 'PoliciesPerRole' } as const
const TABLE = { user: 'User', group: 'Group', role: 'Role' } as const

function attachments(tx: DbTransaction, kind: EntityKind, entityId: string) {
  switch (kind) {
    case 'user':
      return {
        count: () => tx.userPolicyAttachment.count({ where: { userId: entityId } }),
        find: (policyId: string) => tx.userPolicyAttachment.findUnique({ where: { userId_policyId: { userId: entityId, policyId } } }),
        create: (policyId: string) => tx.userPolicyAttachment.create({ data: { userId: entityId, policyId } }),
        remove: (policyId: string) => tx.userPolicyAttachment.deleteMany({ where: { userId: entityId, policyId } }),
        list: () => tx.userPolicyAttachment.findMany({ where: { userId: entityId }, include: { policy: true } }),
      }
    case 'group':
      return {
        count: () => tx.groupPolicyAttachment.count({ where: { groupId: entityId } }),
        find: (policyId: string) => tx.groupPolicyAttachment.findUnique({ where: { groupId_policyId: { groupId: entityId, policyId } } }),
        create: (policyId: string) => tx.groupPolicyAttachment.create({ data: { groupId: entityId, policyId } }),
        remove: (policyId: string) => tx.groupPolicyAttachment.deleteMany({ where: { groupId: entityId, policyId } }),
        list: () => tx.groupPolicyAttachment.findMany({ where: { groupId: entityId }, include: { policy: true } }),
      }
    case 'role':
      return {
        count: () => tx.rolePolicyAttachment.count({ where: { roleId: entityId } }),
        find: (policyId: string) => tx.rolePolicyAttachment.findUnique({ where: { roleId_policyId: { roleId: entityId, policyId } } }),
        create: (policyId: string) => tx.rolePolicyAttachment.create({ data: { roleId: entityId, policyId } }),
        remove: (policyId: string) => tx.rolePolicyAttachment.deleteMany({ where: { roleId: entityId, policyId } }),
        list: () => tx.rolePolicyAttachment.findMany({ where: { roleId: entityId }, include: { policy: true } }),
      }
  }
}

export async function attachManagedPolicy(tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string, policyArn: string): Promise<void> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const policy = await requirePolicy(tx, caller, policyArn)
  if (!policy.isAttachable) throw new IamError('NoSuchEntity', `Policy ${policyArn} does not exist or is not attachable.`, { field: 'PolicyArn' })
  // Concurrent attaches to one entity take turns, so none counts on a stale number.
  await lockRow(tx, TABLE[kind], entity.id)
  const a = attachments(tx, kind, entity.id)
  if (await a.find(policy.id)) return // attaching twice is a no-op in IAM
  if ((await a.count()) >= MAX_ATTACHED_POLICIES) {
    throw new IamError('LimitExceeded', `Cannot exceed quota for ${QUOTA_NAME[kind]}: ${MAX_ATTACHED_POLICIES}`, { field: 'PolicyArn' })
  }
  await a.create(policy.id)
}

export async function detachManagedPolicy(tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string, policyArn: string): Promise<void> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const policy = await requirePolicy(tx, caller, policyArn)
  const { count } = await attachments(tx, kind, entity.id).remove(policy.id)
  if (count === 0) throw new IamError('NoSuchEntity', `Policy ${policyArn} was not found.`, { field: 'PolicyArn' })
}

export async function listAttachedManagedPolicies(
  tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string,
  options: { PathPrefix?: string | undefined; Marker?: string | undefined; MaxItems?: number | undefined },
): Promise<{ AttachedPolicies: AttachedPolicyDto[] } & ListResult> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const rows = (await attachments(tx, kind, entity.id).list())
    .filter((r) => !options.PathPrefix || r.policy.path.startsWith(options.PathPrefix))
    .sort((x, y) => x.policy.name.localeCompare(y.policy.name))
  const { items, ...rest } = page(rows.map((r) => ({ PolicyName: r.policy.name, PolicyArn: r.policy.arn })), options.Marker, options.MaxItems)
  return { AttachedPolicies: items, ...rest }
}
