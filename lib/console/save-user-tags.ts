// "Manage tags" saves the whole list: keys no longer present are removed (UntagUser),
// new and changed ones are written (TagUser, which replaces a key's value). Reading the
// current tags is a gated ListUserTags. Both writes are asked of the gate first, so a
// caller refused TagUser removes no tag either.
import type { Caller } from '@/lib/iam/caller'
import { IamError } from '@/lib/iam/errors'
import { listUserTags, tagUser, untagUser } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export async function saveUserTags(caller: Caller, UserName: string, tags: { Key: string; Value: string }[]): Promise<WorkflowResult> {
  const seen = new Set<string>()
  for (const t of tags) {
    // IAM tag keys are case-insensitive within a resource; the editor would otherwise send both.
    const key = t.Key.toLowerCase()
    if (seen.has(key)) throw new IamError('InvalidInput', `Duplicate tag keys found. Please note that Tag keys are case insensitive.`, { field: 'Tags' })
    seen.add(key)
  }
  const { Tags: current } = await listUserTags(caller, { UserName, MaxItems: 1000 })
  const removed = current.filter((c) => !seen.has(c.Key.toLowerCase())).map((c) => c.Key)
  const changed = tags.filter((t) => !current.some((c) => c.Key === t.Key && c.Value === t.Value))
  return runWorkflow(caller, [
    ...(removed.length ? [step(`Remove tags ${removed.join(', ')}`, untagUser, { UserName, TagKeys: removed })] : []),
    ...(changed.length ? [step(`Save tags ${changed.map((t) => t.Key).join(', ')}`, tagUser, { UserName, Tags: changed })] : []),
  ])
}
