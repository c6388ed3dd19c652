// Tag rules shared by every taggable entity (IAM User Guide, "Tagging IAM resources"):
// at most 50 tags per resource; keys unique per resource regardless of letter case (a
// request naming one key twice, in any case, is rejected); tagging an existing key, in
// any case, replaces its value and keeps the key as first written; untagging finds a key
// in any case.
import type { DbTransaction } from '@/lib/db/client'
import { lockRow, type LockableTable } from '@/lib/db/lock-row'
import { IamError } from '../errors'
import type { TTag } from '../schemas'

export const MAX_TAGS_PER_RESOURCE = 50

export type TagOwner = { userId: string } | { roleId: string } | { policyId: string }

/** What a key is unique as (the column with the unique index per owner). */
export const tagKeyLower = (key: string) => key.toLowerCase()

/** Tag rows for a new entity's `tags: { create }`. */
export function newTagRows(tags: TTag[] | undefined): { key: string; keyLower: string; value: string }[] {
  return (tags ?? []).map((t) => ({ key: t.Key, keyLower: tagKeyLower(t.Key), value: t.Value }))
}

export function checkDistinctTagKeys(tags: TTag[] | undefined): void {
  const seen = new Set<string>()
  for (const t of tags ?? []) {
    const key = tagKeyLower(t.Key)
    if (seen.has(key)) {
      throw new IamError('InvalidInput', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', { field: 'Tags' })
    }
    seen.add(key)
  }
}

function ownerRow(owner: TagOwner): [LockableTable, string] {
  return 'userId' in owner ? ['User', owner.userId] : 'roleId' in owner ? ['Role', owner.roleId] : ['ManagedPolicy', owner.policyId]
}

/** Adds or replaces `tags` on `owner`, within the 50-tag quota. */
export async function putTags(tx: DbTransaction, owner: TagOwner, tags: TTag[]): Promise<void> {
  checkDistinctTagKeys(tags)
  // Concurrent calls for one owner take turns, so each counts what the others added.
  await lockRow(tx, ...ownerRow(owner))
  const existing = await tx.tag.findMany({ where: owner, select: { keyLower: true } })
  const keys = new Set(existing.map((t) => t.keyLower))
  const added = tags.filter((t) => !keys.has(tagKeyLower(t.Key))).length
  if (keys.size + added > MAX_TAGS_PER_RESOURCE) {
    throw new IamError('LimitExceeded', 'The number of tags has reached the maximum limit.', { field: 'Tags' })
  }
  for (const t of tags) {
    const keyLower = tagKeyLower(t.Key)
    if (keys.has(keyLower)) await tx.tag.updateMany({ where: { ...owner, keyLower }, data: { value: t.Value } })
    else await tx.tag.create({ data: { ...owner, key: t.Key, keyLower, value: t.Value } })
  }
}

export async function removeTags(tx: DbTransaction, owner: TagOwner, keys: string[]): Promise<void> {
  await tx.tag.deleteMany({ where: { ...owner, keyLower: { in: keys.map(tagKeyLower) } } })
}

export async function listTags(tx: DbTransaction, owner: TagOwner): Promise<TTag[]> {
  const rows = await tx.tag.findMany({ where: owner, orderBy: { key: 'asc' } })
  return rows.map((t) => ({ Key: t.key, Value: t.value }))
}
