// The console's "Delete" of a user group: DeleteGroup refuses while the group has
// members or policies, so the console removes them first (users, inline policies,
// attached policies), then deletes the group. As for users, DeleteGroup is tried first,
// so a caller the gate refuses is stopped before anything is removed; only a
// DeleteConflict (answered after the gate allowed the request) removes the dependents.
import type { Caller } from '@/lib/iam/caller'
import { IamError, isIamError } from '@/lib/iam/errors'
import { deleteGroup, deleteGroupPolicy, detachGroupPolicy, getGroup, listAttachedGroupPolicies, listGroupPolicies, removeUserFromGroup } from '@/lib/iam'

export async function deleteGroupWithDependents(caller: Caller, groupName: string): Promise<void> {
  try {
    await deleteGroup(caller, { GroupName: groupName })
    return
  } catch (error) {
    if (!isIamError(error, 'DeleteConflict')) throw error
  }
  const removed: string[] = []
  try {
    const { Users } = await getGroup(caller, { GroupName: groupName, MaxItems: 1000 })
    for (const u of Users) {
      await removeUserFromGroup(caller, { GroupName: groupName, UserName: u.UserName })
      removed.push(`user ${u.UserName}`)
    }
    const { PolicyNames } = await listGroupPolicies(caller, { GroupName: groupName, MaxItems: 1000 })
    for (const PolicyName of PolicyNames) {
      await deleteGroupPolicy(caller, { GroupName: groupName, PolicyName })
      removed.push(`inline policy ${PolicyName}`)
    }
    const { AttachedPolicies } = await listAttachedGroupPolicies(caller, { GroupName: groupName, MaxItems: 1000 })
    for (const p of AttachedPolicies) {
      await detachGroupPolicy(caller, { GroupName: groupName, PolicyArn: p.PolicyArn })
      removed.push(`policy ${p.PolicyName}`)
    }
    await deleteGroup(caller, { GroupName: groupName })
  } catch (error) {
    if (!isIamError(error) || removed.length === 0) throw error
    throw new IamError(error.code, `${error.message} (Already removed from ${groupName}: ${removed.join(', ')}.)`, {
      ...(error.field ? { field: error.field } : {}),
      ...(error.evaluation ? { evaluation: error.evaluation } : {}),
    })
  }
}
