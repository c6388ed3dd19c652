// "Manage tags" saves the whole list: keys no longer present are removed (UntagUser),
// new and changed ones are written (TagUser, which replaces a key's value). Reading the
// current tags is a gated ListUserTags.
import type { Caller } from '@/lib/iam/caller'
import { IamError } from '@/lib/iam/errors'
import { listUserTags, tagUser, untagUser } from '@/lib/iam'

export async function saveUserTags(caller: Caller, userName: string, tags: { Key: string; Value: string }[]): Promise<void> {
  const seen = new Set<string>()
  for (const t of tags) {
    // IAM tag keys are case-insensitive within a resource; the editor would otherwise send both.
    const key = t.Key.toLowerCase()
    if (seen.has(key)) throw new IamError('InvalidInput', `Duplicate tag keys found. Please note that Tag keys are case insensitive.`, { field: 'Tags' })
    seen.add(key)
  }
  const { Tags: current } = await listUserTags(caller, { UserName: userName, MaxItems: 1000 })
  const removed = current.filter((c) => !seen.has(c.Key.toLowerCase())).map((c) => c.Key)
  const changed = tags.filter((t) => !current.some((c) => c.Key === t.Key && c.Value === t.Value))
  if (removed.length) await untagUser(caller, { UserName: userName, TagKeys: removed })
  if (changed.length) await tagUser(caller, { UserName: userName, Tags: changed })
}
