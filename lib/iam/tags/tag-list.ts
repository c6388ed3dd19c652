// Tag rules shared by every taggable entity (IAM User Guide, "Tagging IAM resources"):
// at most 50 tags per resource, keys unique per resource (a request naming one key twice,
// in any letter case, is rejected), tagging an existing key replaces its value.
import type { DbTransaction } from '@/lib/db/client'
import { IamError } from '../errors'
import type { TTag } from '../schemas'

export const MAX_TAGS_PER_RESOURCE = 50

export type TagOwner = { userId: string } | { roleId: string } | { policyId: string }

export function checkDistinctTagKeys(tags: TTag[] | undefined): void {
  const seen = new Set<string>()
  for (const t of tags ?? []) {
    const key = t.Key.toLowerCase()
    if (seen.has(key)) {
      throw new IamError('InvalidInput', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', { field: 'Tags' })
    }
    seen.add(key)
  }
}

/** Adds or replaces `tags` on `owner`, within the 50-tag quota. */
export async function putTags(tx: DbTransaction, owner: TagOwner, tags: TTag[]): Promise<void> {
  checkDistinctTagKeys(tags)
  const existing = await tx.tag.findMany({ where: owner, select: { key: true } })
  const keys = new Set(existing.map((t) => t.key))
  const added = tags.filter((t) => !keys.has(t.Key)).length
  if (keys.size + added > MAX_TAGS_PER_RESOURCE) {
    throw new IamError('LimitExceeded', 'The number of tags has reached the maximum limit.', { field: 'Tags' })
  }
  for (const t of tags) {
    if (keys.has(t.Key)) await tx.tag.updateMany({ where: { ...owner, key: t.Key }, data: { value: t.Value } })
    else await tx.tag.create({ data: { ...owner, key: t.Key, value: t.Value } })
  }
}

export async function removeTags(tx: DbTransaction, owner: TagOwner, keys: string[]): Promise<void> {
  await tx.tag.deleteMany({ where: { ...owner, key: { in: keys } } })
}

export async function listTags(tx: DbTransaction, owner: TagOwner): Promise<TTag[]> {
  const rows = await tx.tag.findMany({ where: owner, orderBy: { key: 'asc' } })
  return rows.map((t) => ({ Key: t.key, Value: t.value }))
}
