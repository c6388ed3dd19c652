// Finding IAM entities by name within the caller's account.
import type { Db, DbTransaction } from '@/lib/db/client'
import { accountOfArn, AWS_MANAGED_ACCOUNT, iamArn } from './arn'
import type { Caller } from './caller'
import { IamError, noSuchEntity } from './errors'

type Reader = Db | DbTransaction
export type EntityKind = 'user' | 'group' | 'role'

/** IAM names are unique per account regardless of case. */
export const nameKeyOf = (name: string) => name.toLowerCase()

/**
 * The ARN the gate authorizes an action on an existing entity against: the entity's own
 * ARN (with its path), or the path-less one when it doesn't exist, so that a caller who
 * may not act on it gets AccessDenied rather than learning whether it exists.
 */
export async function existingEntityArn(db: Reader, caller: Caller, kind: EntityKind, name: string): Promise<string> {
  const where = { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } }
  const select = { arn: true } as const
  const row =
    kind === 'user' ? await db.user.findUnique({ where, select })
    : kind === 'group' ? await db.group.findUnique({ where, select })
    : await db.role.findUnique({ where, select })
  return row?.arn ?? iamArn(caller.accountId, kind, '/', name)
}

export async function requireUser(db: Reader, caller: Caller, name: string, field = 'UserName') {
  const user = await db.user.findUnique({ where: { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } } })
  if (!user) throw noSuchEntity('user', name, field)
  return user
}

export async function requireGroup(db: Reader, caller: Caller, name: string, field = 'GroupName') {
  const group = await db.group.findUnique({ where: { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } } })
  if (!group) throw noSuchEntity('group', name, field)
  return group
}

export async function requireRole(db: Reader, caller: Caller, name: string, field = 'RoleName') {
  const role = await db.role.findUnique({ where: { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } } })
  if (!role) throw noSuchEntity('role', name, field)
  return role
}

export function requireEntity(db: Reader, caller: Caller, kind: EntityKind, name: string) {
  return kind === 'user' ? requireUser(db, caller, name) : kind === 'group' ? requireGroup(db, caller, name) : requireRole(db, caller, name)
}

/** A managed policy the caller's account can see: AWS managed, or its own customer managed. */
export async function requirePolicy(db: Reader, caller: Caller, policyArn: string, field = 'PolicyArn') {
  const account = accountOfArn(policyArn)
  const policy =
    account === AWS_MANAGED_ACCOUNT || account === caller.accountId ? await db.managedPolicy.findUnique({ where: { arn: policyArn } }) : null
  if (!policy || (policy.accountId !== null && policy.accountId !== caller.accountId)) throw noSuchEntity('policy', policyArn, field)
  return policy
}

export async function requireCustomerManagedPolicy(db: Reader, caller: Caller, policyArn: string, field = 'PolicyArn') {
  const policy = await requirePolicy(db, caller, policyArn, field)
  if (policy.accountId === null) {
    throw new IamError('UnmodifiableEntity', `Cannot modify an AWS managed policy: ${policyArn}.`, { field })
  }
  return policy
}

/** EntityAlreadyExists when `name` is taken in the account, in any letter case. */
export async function entityAlreadyExistsCheck(db: Reader, caller: Caller, kind: EntityKind, name: string): Promise<void> {
  const where = { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } }
  const found =
    kind === 'user' ? await db.user.findUnique({ where, select: { id: true } })
    : kind === 'group' ? await db.group.findUnique({ where, select: { id: true } })
    : await db.role.findUnique({ where, select: { id: true } })
  if (found) {
    const label = { user: 'User', group: 'Group', role: 'Role' }[kind]
    throw new IamError('EntityAlreadyExists', `${label} with name ${name} already exists.`, { field: `${label}Name` })
  }
}
