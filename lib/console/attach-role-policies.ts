// A role's Add permissions > Attach policies: one AttachRolePolicy per chosen policy,
// all asked of the gate before the first, so a caller refused one attaches none.
import type { Caller } from '@/lib/iam/caller'
import { attachRolePolicy } from '@/lib/iam'
import { policyNameOf } from './policy-name-of'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export function attachRolePolicies(caller: Caller, RoleName: string, PolicyArns: string[]): Promise<WorkflowResult> {
  return runWorkflow(caller, PolicyArns.map((PolicyArn) => step(`Attach policy ${policyNameOf(PolicyArn)}`, attachRolePolicy, { RoleName, PolicyArn })))
}
