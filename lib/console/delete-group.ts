// The console's Delete of a user group: DeleteGroup refuses while the group has members
// or policies, so the console removes them first (users, inline policies, attached
// policies), then deletes the group. Every step is asked of the gate before the first
// removal: a caller refused DeleteGroup keeps the group's members and policies.
import type { Caller } from '@/lib/iam/caller'
import { deleteGroup, deleteGroupPolicy, detachGroupPolicy, getGroup, listAttachedGroupPolicies, listGroupPolicies, removeUserFromGroup } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export async function deleteGroupWithDependents(caller: Caller, GroupName: string): Promise<WorkflowResult> {
  const { Users } = await getGroup(caller, { GroupName, MaxItems: 1000 })
  const { PolicyNames } = await listGroupPolicies(caller, { GroupName, MaxItems: 1000 })
  const { AttachedPolicies } = await listAttachedGroupPolicies(caller, { GroupName, MaxItems: 1000 })
  return runWorkflow(caller, [
    ...Users.map((u) => step(`Remove user ${u.UserName}`, removeUserFromGroup, { GroupName, UserName: u.UserName })),
    ...PolicyNames.map((PolicyName) => step(`Delete inline policy ${PolicyName}`, deleteGroupPolicy, { GroupName, PolicyName })),
    ...AttachedPolicies.map((p) => step(`Detach policy ${p.PolicyName}`, detachGroupPolicy, { GroupName, PolicyArn: p.PolicyArn })),
    step('Delete group', deleteGroup, { GroupName }),
  ])
}
