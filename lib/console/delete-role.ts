// The console's Delete of a role: DeleteRole refuses while the role has inline or
// attached policies, so the console deletes its inline policies and detaches its managed
// policies first, then deletes the role. Every step is asked of the gate before the first
// change: a caller refused DeleteRole keeps the role with all of its policies.
import type { Caller } from '@/lib/iam/caller'
import { deleteRole, deleteRolePolicy, detachRolePolicy, getRole, listAttachedRolePolicies, listRolePolicies } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export async function deleteRoleWithDependents(caller: Caller, input: { RoleName: string }): Promise<WorkflowResult> {
  const { Role } = await getRole(caller, { RoleName: input.RoleName })
  const RoleName = Role.RoleName
  const { PolicyNames } = await listRolePolicies(caller, { RoleName, MaxItems: 1000 })
  const { AttachedPolicies } = await listAttachedRolePolicies(caller, { RoleName, MaxItems: 1000 })
  return runWorkflow(caller, [
    ...PolicyNames.map((PolicyName) => step(`Delete inline policy ${PolicyName}`, deleteRolePolicy, { RoleName, PolicyName })),
    ...AttachedPolicies.map((p) => step(`Detach policy ${p.PolicyName}`, detachRolePolicy, { RoleName, PolicyArn: p.PolicyArn })),
    step('Delete role', deleteRole, { RoleName }),
  ])
}
