// Inline policies of users, groups and roles, shared by the Put/Get/Delete/List*Policy
// operations of the three entity kinds.
import type { DbTransaction } from '@/lib/db/client'
import type { Caller } from '../caller'
import { page, type ListResult } from '../dto'
import { requireEntity, type EntityKind } from '../entities'
import { IamError } from '../errors'
import { POLICY_SIZE_LIMIT, checkPolicyDocument, sizeWithoutWhitespace } from '../policy-document'

// The quota is on all of an entity's inline policies together (IAM User Guide, "IAM and
// AWS STS quotas": "User policy size cannot exceed 2,048 characters" counts the aggregate).
const LIMIT = { user: POLICY_SIZE_LIMIT.userInline, group: POLICY_SIZE_LIMIT.groupInline, role: POLICY_SIZE_LIMIT.roleInline } as const

const ownerOf = (kind: EntityKind, id: string) =>
  kind === 'user' ? { userId: id } : kind === 'group' ? { groupId: id } : { roleId: id }

const notFound = (kind: EntityKind, policyName: string) =>
  new IamError('NoSuchEntity', `The ${kind} policy with name ${policyName} cannot be found.`, { field: 'PolicyName' })

export async function putInlinePolicy(tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string, policyName: string, document: string): Promise<void> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const owner = ownerOf(kind, entity.id)
  const others = await tx.inlinePolicy.findMany({ where: { ...owner, name: { not: policyName } }, select: { document: true } })
  const aggregate = others.reduce((n, p) => n + sizeWithoutWhitespace(p.document), 0)
  checkPolicyDocument(document, 'identity', LIMIT[kind] - aggregate, `Maximum policy size of ${LIMIT[kind]} bytes exceeded for ${kind} ${entity.name}`)
  const existing = await tx.inlinePolicy.findFirst({ where: { ...owner, name: policyName } })
  if (existing) {
    // updatedAt is part of the compiled-policy cache key: it must move on every write,
    // even two writes within one millisecond.
    const now = Date.now()
    const updatedAt = new Date(Math.max(now, existing.updatedAt.getTime() + 1))
    await tx.inlinePolicy.update({ where: { id: existing.id }, data: { document, updatedAt } })
  } else {
    await tx.inlinePolicy.create({ data: { ...owner, name: policyName, document } })
  }
}

export async function getInlinePolicy(tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string, policyName: string) {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const policy = await tx.inlinePolicy.findFirst({ where: { ...ownerOf(kind, entity.id), name: policyName } })
  if (!policy) throw notFound(kind, policyName)
  return { entityName: entity.name, PolicyName: policy.name, PolicyDocument: policy.document }
}

export async function deleteInlinePolicy(tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string, policyName: string): Promise<void> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const { count } = await tx.inlinePolicy.deleteMany({ where: { ...ownerOf(kind, entity.id), name: policyName } })
  if (count === 0) throw notFound(kind, policyName)
}

export async function listInlinePolicyNames(
  tx: DbTransaction, caller: Caller, kind: EntityKind, entityName: string,
  options: { Marker?: string | undefined; MaxItems?: number | undefined },
): Promise<{ PolicyNames: string[] } & ListResult> {
  const entity = await requireEntity(tx, caller, kind, entityName)
  const rows = await tx.inlinePolicy.findMany({ where: ownerOf(kind, entity.id), select: { name: true }, orderBy: { name: 'asc' } })
  const { items, ...rest } = page(rows.map((r) => r.name), options.Marker, options.MaxItems)
  return { PolicyNames: items, ...rest }
}
