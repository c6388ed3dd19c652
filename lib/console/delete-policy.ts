// The console's Delete of a customer managed policy: DeletePolicy refuses while the
// policy is attached or has versions besides the default, so the console detaches it
// from every user, group and role and deletes those versions first. All of it is asked
// of the gate before the first detach: a caller refused DeletePolicy keeps every
// attachment.
import type { Caller } from '@/lib/iam/caller'
import {
  deletePolicy, deletePolicyVersion, detachGroupPolicy, detachRolePolicy, detachUserPolicy, listEntitiesForPolicy, listPolicyVersions,
} from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export async function deletePolicyWithDependents(caller: Caller, PolicyArn: string): Promise<WorkflowResult> {
  const entities = await listEntitiesForPolicy(caller, { PolicyArn, PolicyUsageFilter: 'PermissionsPolicy' })
  const { Versions } = await listPolicyVersions(caller, { PolicyArn })
  return runWorkflow(caller, [
    ...entities.PolicyUsers.map((u) => step(`Detach from user ${u.UserName}`, detachUserPolicy, { UserName: u.UserName, PolicyArn })),
    ...entities.PolicyGroups.map((g) => step(`Detach from group ${g.GroupName}`, detachGroupPolicy, { GroupName: g.GroupName, PolicyArn })),
    ...entities.PolicyRoles.map((r) => step(`Detach from role ${r.RoleName}`, detachRolePolicy, { RoleName: r.RoleName, PolicyArn })),
    ...Versions.filter((v) => !v.IsDefaultVersion).map((v) => step(`Delete version ${v.VersionId}`, deletePolicyVersion, { PolicyArn, VersionId: v.VersionId })),
    step('Delete policy', deletePolicy, { PolicyArn }),
  ])
}
